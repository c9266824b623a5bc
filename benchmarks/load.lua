-- wrk script for benchmarks/load.py: sends a list of prepared requests in turn and counts
-- what wrk itself does not.
--
-- wrk <options> -s benchmarks/load.lua http://127.0.0.1:PORT/ -- REQUESTS ORIGIN KIND THREADS
--   REQUESTS  a file of requests, one a line, tab-separated: method, path, Cookie header,
--             CSRF token, form body (the last two empty for a GET)
--   ORIGIN    the Origin header a POST carries (the site is reached as https behind a proxy)
--   KIND      "page" or "grade"
--   THREADS   wrk's -t, so that each thread sends its own share of the lines
--
-- wrk counts only statuses of 400 and above as errors. Here every page must answer 200:
-- a 302 to the login page, or any other redirect, is a failure and not a fast success.
-- A grade is sent the way the review page sends it (htmx), and answers 200 with the next
-- card; a grade the server refused (a stale card version, an unreadable grade) answers 200
-- too, with a message, so a response carrying a message is counted as refused.
-- wrk calls request() once before the run to check it, so the first line is never sent.
-- After the run one line "RESULT {json}" gives the counts and latencies.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   local path, origin, kind, count = args[1], args[2], args[3], tonumber(args[4])
   grading = kind == "grade"
   unexpected, refused, wrapped = 0, 0, 0
   prepared, position = {}, 1
   local n = 0
   for line in io.lines(path) do
      if n % count == id then
         local method, target, cookie, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
         local headers = { ["X-Forwarded-Proto"] = "https" }
         if cookie ~= "" then headers["Cookie"] = cookie end
         if method == "POST" then
            headers["Origin"] = origin
            headers["X-CSRFToken"] = token
            headers["HX-Request"] = "true"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
         end
         prepared[#prepared + 1] = wrk.format(method, target, headers, body ~= "" and body or nil)
      end
      n = n + 1
   end
   if #prepared == 0 then
      error("no requests for thread " .. id .. " in " .. path)
   end
end

function request()
   local next_request = prepared[position]
   position = position + 1
   if position > #prepared then
      position, wrapped = 1, wrapped + 1
   end
   return next_request
end

function response(status, headers, body)
   if status ~= 200 then
      unexpected = unexpected + 1
   elseif grading and body:find('class="messages"', 1, true) then
      refused = refused + 1
   end
end

function done(summary, latency, requests)
   local totals = { unexpected = 0, refused = 0, wrapped = 0 }
   for _, thread in ipairs(threads) do
      for name in pairs(totals) do
         totals[name] = totals[name] + thread:get(name)
      end
   end
   local e = summary.errors
   io.write(string.format(
      'RESULT {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d, '
         .. '"status": %d, "unexpected": %d, "refused": %d, "wrapped": %d, "p50_us": %d, "p99_us": %d}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
      totals.unexpected, totals.refused, totals.wrapped, latency:percentile(50), latency:percentile(99)))
end
