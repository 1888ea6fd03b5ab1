-- nvim-smoke.lua: a headless Neovim session against `completelint lsp` on
-- one file of the bundled example; see nvim-smoke.sh. It works with Neovim
-- 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
--
-- Environment: TARGET (the Go file), SERVER (the completelint binary), LOG
-- (where results go; headless Neovim has no reliable stdout).
local file, server = os.getenv('TARGET'), os.getenv('SERVER')
local log = assert(io.open(os.getenv('LOG'), 'w'))
local function say(...) log:write(string.format(...) .. '\n'); log:flush() end
local function fail(...) say('FAIL ' .. string.format(...)); vim.cmd('cquit 1') end
local function now() return vim.loop.hrtime() / 1e6 end

vim.cmd('edit ' .. file)
local buf = vim.api.nvim_get_current_buf()
local config = { name = 'completelint', cmd = { server, 'lsp' }, root_dir = vim.fn.fnamemodify(file, ':h') }
local t0 = now()
local id
if vim.lsp.start then
  id = vim.lsp.start(config)
else
  id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end
local function diags() return vim.diagnostic.get(buf) end
local function find(pred) for _, d in ipairs(diags()) do if pred(d) then return d end end end
local function code(c) return function(d) return d.code == c end end

if not vim.wait(120000, function() return #diags() > 0 end, 10) then fail('no diagnostics') end
say('Neovim %s: open -> diagnostics %d ms, %d diagnostics', tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, now() - t0, #diags())
for _, d in ipairs(diags()) do say('  %d:%d %s %s', d.lnum + 1, d.col + 1, d.code, d.message) end

-- Edits: toggle the temperature literal; the param-range finding must follow.
local times = {}
for i = 1, 10 do
  local from, to = '1.5', '0.5'
  if i % 2 == 0 then from, to = to, from end
  for n, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find('Temperature:') then
      vim.api.nvim_buf_set_lines(buf, n - 1, n, false, { (l:gsub(from:gsub('%.', '%%.'), to)) })
    end
  end
  local t, want = now(), i % 2 == 0
  if not vim.wait(60000, function() return (find(code('param-range')) ~= nil) == want end, 5) then fail('edit %d not followed', i) end
  times[#times + 1] = now() - t
  vim.wait(300, function() return false end)
end
table.sort(times)
say('edit in Neovim -> diagnostics shown: median %d ms, max %d ms', times[#times / 2], times[#times])

-- The quick fix of the legacy call, applied by Neovim, then saved.
local d = find(code('legacy-api'))
local at = { line = d.lnum, character = d.col }
local function actions(only)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = { start = at, ['end'] = at },
    context = { diagnostics = {}, only = only } }
  local out = {}
  for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 30000) or {}) do
    for _, a in ipairs(r.result or {}) do out[#out + 1] = a end
  end
  return out
end
say('code actions with only={"source"}: %d', #actions({ 'source' }))
local fix
for _, a in ipairs(actions({ 'quickfix' })) do
  if a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == 'legacy-api' then fix = a end
end
if not fix then fail('no quick fix for legacy-api') end
vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
vim.cmd('silent write')
if not vim.wait(60000, function() return find(code('legacy-api')) == nil end, 10) then fail('legacy-api still reported') end
say('applied "%s" and saved: %d diagnostics left', fix.title, #diags())

-- A type error: one warning names it.
local last = vim.api.nvim_buf_line_count(buf)
vim.api.nvim_buf_set_lines(buf, last, last, false, { 'var broken int = "x"' })
if not vim.wait(60000, function() return find(function(x) return x.message:find('did not analyse') end) ~= nil end, 10) then fail('type error not shown') end
say('type error: %s', find(function(x) return x.message:find('did not analyse') end).message)
vim.api.nvim_buf_set_lines(buf, last, last + 1, false, {})
vim.cmd('silent write')

vim.lsp.stop_client(id)
if not vim.wait(30000, function() return vim.lsp.get_client_by_id(id) == nil end, 10) then fail('server did not stop') end
say('server stopped')
vim.cmd('qall!')
