-- rules/quotes.lua: direct quotes and who said them.
--
-- Finds text between quotation marks that reads as speech -- all the marks
-- of rules/<lang>/quote_marks.txt, Dutch ,,...'' included -- and leaves
-- out scare quotes, titles and mentioned words (a quote of one or two
-- words needs a speech cue beside it). Each record carries the speaker
-- (canonical name, or null), the mention that names it nearest the quote
-- (`speaker_text`, with its offsets) and the cue word.
--
-- The analysis is shared with rules/attributions.lua (lua/pluk/speech.lua,
-- run once per article). To change it, copy this file into your rules
-- directory and build your own analyser:
--
--   local speech = require "pluk.speech"
--   local mine = speech.new { alter = function(L, lang)
--     L.cue["brulde"] = "brullen"           -- a cue form
--     L.cue_p = L.cue_p + lpeg.C(lpeg.P"brulde") * -speech.WC
--     return L
--   end }
--   ... extract = function(article, emit) mine:emit_quotes(article, emit) end
--
-- Word lists are data: rules/<lang>/cue_verbs.txt and friends (docs/quotes.md).

local speech = require "pluk.speech"

return {
  name = "quotes",
  description = "direct quotes with speaker, speaker mention and speech cue",
  langs = "*",
  type = "quote",
  analyser = speech.default,
  extract = function(article, emit)
    speech.default:emit_quotes(article, emit)
  end,
}
