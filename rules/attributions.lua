-- rules/attributions.lua: reported speech and who reported it.
--
-- `X zegt dat ...`, `X said (that) ...`, `volgens X ...`, `according to X,
-- ...`, `..., aldus X`, `..., stelt X.`, `X told reporters ...`: the record's
-- text is what is reported, with the speaker (canonical name or null), the
-- mention that names it (`speaker_text` and offsets) and the cue as
-- written. Content that is wholly one direct quote is left to
-- rules/quotes.lua.
--
-- Shares one analysis per article with rules/quotes.lua
-- (lua/pluk/speech.lua); see docs/quotes.md for extending it.

local speech = require "pluk.speech"

return {
  name = "attributions",
  description = "reported speech: what was said, by whom, with which cue",
  langs = "*",
  type = "attribution",
  analyser = speech.default,
  extract = function(article, emit)
    speech.default:emit_attributions(article, emit)
  end,
}
