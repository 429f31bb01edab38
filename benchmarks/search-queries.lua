-- wrk script: cycles through a fixed set of searches, the kinds parents and consultants type.
-- Each wrk thread runs its own copy, so every thread walks the whole list.
--   FRESH=1 in the environment adds a parameter no two requests share (&fresh=N): the search page caches only a plain
--   /search?q=..., so every such request is searched and rendered, as a first-time query would be.
--   QUERY=... in the environment searches for that one query instead of the list.
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

if os.getenv("QUERY") then
  queries = { os.getenv("QUERY") }
end

local fresh = os.getenv("FRESH") == "1"
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/search?q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
end

local next, count = 0, 0
request = function()
  next = next % #paths + 1
  count = count + 1
  local path = paths[next]
  if fresh then
    path = path .. "&fresh=" .. tostring(count) .. "-" .. tostring(math.random(1000000000))
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = "br, gzip" })
end
