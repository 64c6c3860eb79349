-- wrk scenario for the till API (bench/wrk-purchase-benchmark.sh): every request is a purchase of 1-2 items on
-- a random funded card, from a random till credential, with a unique Idempotency-Key. Environment: CARDS (file
-- of card numbers, one a line), TILLS (number of till credentials demo-till-skole-1..N). Counts 201, 402 and
-- other answers per thread and sums the amounts charged, so the shell script can check the balances afterwards.
-- wrk stops with requests in flight that the server may still charge: each request carries its key as
-- X-Correlation-Id, which the till API echoes, and the requests never answered are written to PENDING (one
-- "token TAB key TAB body" a line) for the check to re-send with the same key.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  cards = {}
  for line in io.lines(os.getenv("CARDS")) do
    if #line > 0 then cards[#cards + 1] = line end
  end
  tills = {}
  for i = 1, tonumber(os.getenv("TILLS") or "64") do
    tills[i] = "Bearer demo-till-skole-" .. i
  end
  math.randomseed(os.time() * 1000 + id)
  run = os.getenv("RUN") or tostring(os.time())
  sent, approved, declined, others, sold = 0, 0, 0, 0, 0
  pending = {}
  first_other = ""
end

function request()
  sent = sent + 1
  local quantity = math.random(1, 2)
  local price = math.random(100, 1499)
  local body = string.format(
    '{"cardNumber":"%s","lines":[{"sku":"SKU%d","name":"Vare","quantity":%d,"unitPrice":%d}],"total":%d}',
    cards[math.random(#cards)], price % 7, quantity, price, quantity * price)
  local key = string.format("wrk-%s-%d-%d", run, id, sent)
  local till = tills[math.random(#tills)]
  pending[key] = string.sub(till, 8) .. "\t" .. key .. "\t" .. body
  return wrk.format("POST", "/api/v1/purchases", {
    ["Authorization"] = till,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
    ["X-Correlation-Id"] = key,
  }, body)
end

function response(status, headers, body)
  local key = headers["X-Correlation-Id"] or headers["x-correlation-id"]
  if key then pending[key] = nil end
  if status == 201 then
    approved = approved + 1
    sold = sold + tonumber(string.match(body, '"amount":(%d+)'))
  elseif status == 402 then
    declined = declined + 1
  else
    others = others + 1
    if first_other == "" then first_other = status .. " " .. string.sub(body, 1, 200) end
  end
end

function done(summary, latency, requests)
  local a, d, o, s = 0, 0, 0, 0
  local first = ""
  local unanswered = 0
  local out = io.open(os.getenv("PENDING"), "w")
  for _, t in ipairs(threads) do
    for _, line in pairs(t:get("pending")) do
      out:write(line, "\n")
      unanswered = unanswered + 1
    end
    a = a + t:get("approved")
    d = d + t:get("declined")
    o = o + t:get("others")
    s = s + t:get("sold")
    if first == "" then first = t:get("first_other") end
  end
  out:close()
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("Purchases: %d approved, %d declined, %d other answers in %.1f s\n", a, d, o, seconds))
  io.write(string.format("Throughput: %.0f purchases/s\n", (a + d) / seconds))
  io.write(string.format("Latency ms: p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
  io.write(string.format("Socket errors: connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  if first ~= "" then io.write("First other answer: " .. first .. "\n") end
  io.write(string.format("In flight when wrk stopped (re-sent by the check): %d\n", unanswered))
  io.write(string.format("SOLD %d\nERRORS %d\nCOUNT %d\n", s, o + e.connect + e.read + e.write + e.timeout, a + d))
end
