"""The Lua scripts behind :class:`harbour.privacy.locks.PrivacyLockStore`: each step is atomic in Redis.

One Redis hash per conversation (its key is an HMAC of the sender id) holds the ticket queue:

- field ``n``: the number of the last ticket issued (``HINCRBY``, so two replicas never get
  the same number);
- field ``t:<number>``: ``<soft>:<hard>``, the ticket's expiry in milliseconds of Redis' own
  clock (``TIME``, so replicas' clocks don't matter). ``hard`` is the issue time plus Rasa's
  lock lifetime; ``soft`` is at most one lease ahead and is pushed forward by the owner while
  it is alive. A ticket whose soft expiry has passed is gone, as in Rasa's `TicketLock`.

The ticket served is the lowest live number (Rasa's ``now_serving``). The key itself expires
a second after the longest ticket could live, and is deleted when its last ticket is.
"""

_HELPERS = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

local function ms(value)
  return string.format('%.0f', value)
end

-- Drops expired tickets; returns the lowest live ticket number (or nil) and how many live.
local function prune(key, now)
  local fields = redis.call('HGETALL', key)
  local first, count = nil, 0
  for i = 1, #fields, 2 do
    local field = fields[i]
    if string.sub(field, 1, 2) == 't:' then
      local soft = tonumber(string.match(fields[i + 1], '^(%d+):'))
      if soft == nil or soft <= now then
        redis.call('HDEL', key, field)
      else
        count = count + 1
        local number = tonumber(string.sub(field, 3))
        if first == nil or number < first then first = number end
      end
    end
  end
  return first, count
end
"""

ISSUE = _HELPERS + """
-- KEYS[1] the conversation's lock; ARGV[1] lifetime ms, ARGV[2] lease ms.
-- Returns {the ticket, 1 if it is served at once (no earlier live ticket) else 0}.
local now = now_ms()
local lifetime, lease = tonumber(ARGV[1]), tonumber(ARGV[2])
local first = prune(KEYS[1], now)
local number = redis.call('HINCRBY', KEYS[1], 'n', 1)
local hard = now + lifetime
redis.call('HSET', KEYS[1], 't:' .. number, ms(math.min(hard, now + lease)) .. ':' .. ms(hard))
if redis.call('PTTL', KEYS[1]) < lifetime + 1000 then
  redis.call('PEXPIRE', KEYS[1], lifetime + 1000)
end
if first == nil then return {number, 1} end
return {number, 0}
"""

TURN = _HELPERS + """
-- KEYS[1] the lock; ARGV[1] our ticket, ARGV[2] lease ms. Renews the ticket's lease.
-- Returns 1 if it is our turn, 0 if an earlier ticket is live, -1 if our ticket is gone.
local now = now_ms()
local field = 't:' .. ARGV[1]
local value = redis.call('HGET', KEYS[1], field)
if not value then return -1 end
local soft, hard = string.match(value, '^(%d+):(%d+)$')
soft, hard = tonumber(soft), tonumber(hard)
if soft == nil or hard == nil or soft <= now then
  redis.call('HDEL', KEYS[1], field)
  return -1
end
redis.call('HSET', KEYS[1], field, ms(math.min(hard, now + tonumber(ARGV[2]))) .. ':' .. ms(hard))
local first = prune(KEYS[1], now)
if first == tonumber(ARGV[1]) then return 1 end
return 0
"""

RELEASE = _HELPERS + """
-- KEYS[1] the lock; ARGV[1] our ticket. Returns how many live tickets remain.
redis.call('HDEL', KEYS[1], 't:' .. ARGV[1])
local _, count = prune(KEYS[1], now_ms())
if count == 0 then redis.call('DEL', KEYS[1]) end
return count
"""

COUNT = _HELPERS + """
-- KEYS[1] the lock. Returns how many live tickets it holds (the one served and those waiting).
local _, count = prune(KEYS[1], now_ms())
if count == 0 then redis.call('DEL', KEYS[1]) end
return count
"""
