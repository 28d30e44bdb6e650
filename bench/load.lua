-- wrk script for the MemberPulse load scenarios (bench/run starts it; see bench/README.md).
--
--   BENCH_SCENARIO  intake | queue | search | detail | page (or any name ending in -page)
--   BENCH_FIXTURES  a file of tab-separated lines that bench/run prepared:
--                   intake: member token, category id   queue: staff token, path
--                   search: staff token, path           detail: staff token, path
--                   page: console session cookie, path
--   BENCH_LABEL     the name printed on the result line
--
-- Every request takes the next fixture line, so the load is spread over many members, filters, search terms
-- and tickets instead of repeating one cached request. done() prints one machine-readable RESULT line.

local scenario = os.getenv("BENCH_SCENARIO")
local label = os.getenv("BENCH_LABEL") or scenario
local fixtures = {}
local position = 0
local sequence = 0
local thread_id = 0
local page = scenario == "page" or scenario:match("%-page$") ~= nil
-- answers other than 200: for pages a redirect to the sign-in form would otherwise pass for a fast page
not_ok = 0

local words = { "password", "login", "invoice", "renewal", "payment", "refund", "certificate", "webinar",
                "course", "badge", "conference", "profile", "upload", "error", "mobile", "email", "membership",
                "receipt", "deadline", "exam", "registration", "subscription", "download", "link", "locked" }

local threads = {}

function setup(thread)
    thread:set("thread_id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    for line in io.lines(os.getenv("BENCH_FIXTURES")) do
        local first, second = line:match("^([^\t]+)\t(.+)$")
        table.insert(fixtures, { first, second })
    end
    -- threads start at different lines so that they do not walk the fixtures in step
    position = (thread_id * 7919) % #fixtures
end

local function next_fixture()
    position = position % #fixtures + 1
    return fixtures[position]
end

local function sentence(n)
    local a = words[n % #words + 1]
    local b = words[(n * 7 + 3) % #words + 1]
    local c = words[(n * 13 + 5) % #words + 1]
    return a .. " " .. b .. " problem with my " .. c
end

function request()
    local fixture = next_fixture()
    if page then
        return wrk.format("GET", fixture[2], { ["Cookie"] = fixture[1], ["Accept"] = "text/html" })
    end
    local headers = { ["Authorization"] = "Bearer " .. fixture[1], ["Accept"] = "application/json" }
    if scenario == "intake" then
        sequence = sequence + 1
        local key = string.format("bench-%d-%d-%d", os.time(), thread_id, sequence)
        headers["Content-Type"] = "application/json"
        headers["Idempotency-Key"] = key
        local subject = string.format("%s (%s)", sentence(sequence + thread_id * 1000), key)
        local body = string.format(
            '{"subject":"%s","description":"<p>Since yesterday the %s. I tried twice from %s.</p>'
                .. '<ul><li>Browser: Firefox</li><li>Member since 2019</li></ul>","categoryId":"%s"}',
            subject, sentence(sequence * 3 + 1), sentence(sequence * 5 + 2), fixture[2])
        return wrk.format("POST", "/api/support/tickets", headers, body)
    end
    return wrk.format("GET", fixture[2], headers)
end

-- defined for pages only: wrk hands every answer to this hook once it exists, which costs the API runs time
if page then
    function response(status, headers, body)
        if status ~= 200 then
            not_ok = not_ok + 1
        end
    end
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    for _, thread in ipairs(threads) do
        errors = errors + (thread:get("not_ok") or 0)
    end
    io.write(string.format("RESULT\t%s\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\n", label,
        summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
