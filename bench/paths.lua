-- wrk script: GET a random path of the file named by BENCH_PATHS (one path per line), so that requests
-- spread over many rows; at the end, one machine-readable line for bench/run.sh.
local paths = {}

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
  end
  -- each thread its own sequence
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000003)
end

-- BENCH_AUTHORIZATION, when set, is sent as the Authorization header (e.g. for a sample still secret).
local authorization = os.getenv("BENCH_AUTHORIZATION")

function request()
  local headers = { ["Accept"] = "application/json" }
  if authorization then headers["Authorization"] = authorization end
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  io.write(string.format("BENCH rps=%.1f p50=%.2f p99=%.2f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
