-- Every figure with the sentence it stands in, as CSV:
--
--   pluk run examples/scripts/figures_with_sentence.lua -f csv \
--        --fields doc,text,value,kind,unit,of,sentence examples/articles
local pluk = require "pluk"

return {
  article = function(a)
    local figures = pluk.extract(a.text, { lang = a.lang, rules = { "figures" } })
    if #figures == 0 then return end
    local sentences = pluk.sentences(a.text, a.lang)
    local k = 1
    for _, fig in ipairs(figures) do
      if fig.start >= a.header_end then
        -- sentences and figures are both in text order: walk them together
        while sentences[k] and sentences[k][2] < fig.start + 1 do k = k + 1 end
        local s = sentences[k]
        -- a leading date header is metadata, not part of the sentence
        local sentence = s and a.text:sub(math.max(s[1], a.header_end + 1), s[2]) or ""
        fig.sentence = sentence:gsub("%s+", " ")
        pluk.emit(fig)
      end
    end
  end,
}
