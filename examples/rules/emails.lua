-- A rule written from scratch: e-mail addresses, as an LPeg grammar over
-- pluk.text's Unicode classes (so "józef@voorbeeld.nl" works too).
--
--   pluk -r examples/rules/emails.lua examples/articles
local lpeg = require "lpeg"
local P = require("pluk.text").P

local S, C, Cg = lpeg.S, lpeg.C, lpeg.Cg
local alnum = P.letter + P.digit
local local_char = alnum + S "._%+-"
local label = alnum * (alnum + "-")^0
local domain = label * ("." * label)^1

return {
  name = "emails",
  description = "e-mail addresses, with the domain as a field",
  langs = "*",
  type = "email",
  -- a word character right before the address would mean we are inside
  -- another token; the scan tries every code point, so require a start
  pattern = local_char^1 * "@" * Cg(C(domain), "domain") * -(alnum + "-"),
}
