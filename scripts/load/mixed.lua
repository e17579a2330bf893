-- A wrk script (scripts/load-test.sh): every request asks for a path drawn at random from the file
-- given after "--", and the summary is printed as "key value" lines the shell script reads.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- Each thread has a Lua state of its own: seed each differently.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("seconds %.2f\n", summary.duration / 1e6))
  io.write(string.format("failed %d\n", errors.connect + errors.read + errors.write + errors.timeout))
  io.write(string.format("not_ok %d\n", errors.status))
  io.write(string.format("p50_ms %.1f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms %.1f\n", latency:percentile(99) / 1000))
end
