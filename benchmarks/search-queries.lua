-- wrk script: cycles through a fixed set of searches, the kinds parents and consultants type.
-- Each wrk thread runs its own copy, so every thread walks the whole list.
local queries = {
  "how long breast milk fridge",   -- several words, synonyms, the ranking the tests check
  "pumping",                       -- one common word: many matches to rank
  "milk",                          -- the most common word of all: the worst case for ranking
  "let down tingling",             -- a synonym phrase
  "lump in breast",
  "is it normal that one breast makes more milk",
  "how to defrost milk",
  "mastitus",                      -- a typo: the trigram fallback
  "colostrom",
  "prolactine",
  "zqxjvw",                        -- nothing matches: every fallback is tried
  "\"NEAR(milk fridge)\" *",        -- FTS5 syntax, searched as words
}

local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/search?q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
end

local next = 0
request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
