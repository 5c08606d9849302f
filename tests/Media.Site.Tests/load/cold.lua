-- wrk script for first renders: every request asks for the next of the article paths listed in the file given after
-- "--" (one path a line); the threads start at evenly spaced places in the list, so they do not ask for the same page.
local threads = 0
function setup(thread)
  thread:set("part", threads)
  threads = threads + 1
end

local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  next_index = (part * 997) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
