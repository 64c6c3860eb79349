-- bench/wrk-purchases.lua at an offered rate (bench/projection-lag.sh): each connection waits DELAY_MS between its
-- requests, so C connections offer about C * 1000 / DELAY_MS purchases a second (less by the answers' latency; the
-- script prints the rate reached). Everything else (cards, tills, keys, the in-flight list, the summary) is
-- wrk-purchases.lua's.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/wrk-purchases.lua")

local pause = tonumber(os.getenv("DELAY_MS") or "0")

function delay()
  return pause
end
