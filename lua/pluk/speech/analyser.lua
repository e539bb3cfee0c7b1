-- pluk.speech.analyser: the method table of pluk.speech's analysers
-- (speech.new gives tables with it as metatable). A module of its own so
-- that speech.lua and pluk.speech.cues, which each define methods on it
-- and call them, share the one table without requiring each other.

local Analyser = {}
Analyser.__index = Analyser

return Analyser
