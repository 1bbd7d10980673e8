-- Neovim as a real LSP client of `codefind serve`: opens a text file with the built-in client,
-- asks for completions of "diab typ 2 neuro" and "E11.4", hovers "E11.40" and waits for the
-- diagnostic of "E11" (not billable). Every missing answer is reported; any failure exits 1.
--
-- Run by run.sh: nvim --headless --clean -c "luafile check-lsp.lua" with CODEFIND_BIN (the
-- codefind executable) and CODEFIND_CHECK_FILE (the text file) in the environment.
-- Written for Neovim 0.7 (Debian's), whose client is started with vim.lsp.start_client.

local failures = {}
local function check(condition, message)
  if condition then
    io.stderr:write("ok: " .. message .. "\n")
  else
    io.stderr:write("FAILED: " .. message .. "\n")
    table.insert(failures, message)
  end
end

local function finish()
  if #failures > 0 then
    io.stderr:write(#failures .. " Neovim LSP check(s) failed\n")
    vim.cmd("cquit 1")
  else
    io.stderr:write("all Neovim LSP checks passed\n")
    vim.cmd("qall!")
  end
end

local binary = os.getenv("CODEFIND_BIN")
local file = os.getenv("CODEFIND_CHECK_FILE")
if not binary or not file then
  io.stderr:write("set CODEFIND_BIN and CODEFIND_CHECK_FILE\n")
  vim.cmd("cquit 2")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local initialized = false
local client_id = vim.lsp.start_client({
  name = "codefind",
  cmd = { binary, "serve" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
  on_init = function() initialized = true end,
})
check(client_id ~= nil, "the LSP client starts codefind serve")
vim.lsp.buf_attach_client(buffer, client_id)
check(vim.wait(120000, function() return initialized end, 50), "codefind serve answers initialize")

local function request(method, line, character)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = line, character = character },
  }
  local responses = vim.lsp.buf_request_sync(buffer, method, params, 30000) or {}
  local response = responses[client_id] or {}
  if response.err then io.stderr:write(method .. " error: " .. vim.inspect(response.err) .. "\n") end
  return response.result
end

local function labels(result)
  local items = result and (result.items or result) or {}
  local found = {}
  for index, item in ipairs(items) do found[index] = item.label end
  return found
end

local function contains(list, wanted, within)
  for index, value in ipairs(list) do
    if index > within then return false end
    if value == wanted then return true end
  end
  return false
end

-- Line 0: "diab typ 2 neuro"; line 1: "E11.4"; line 2: "Hover E11.40 here"; line 3: "E11".
local words = labels(request("textDocument/completion", 0, 16))
check(contains(words, "E11.40", 3), "completing 'diab typ 2 neuro' offers E11.40 in the top 3 (got: " .. table.concat(words, " ", 1, math.min(#words, 5)) .. ")")
local code = labels(request("textDocument/completion", 1, 5))
check(contains(code, "E11.40", 2), "completing 'E11.4' offers E11.40 in the top 2 (got: " .. table.concat(code, " ", 1, math.min(#code, 5)) .. ")")

local hover = request("textDocument/hover", 2, 8)
local text = hover and hover.contents and (hover.contents.value or "") or ""
check(text:find("E11.40", 1, true) ~= nil and text:find("Type 2 diabetes mellitus with diabetic neuropathy", 1, true) ~= nil,
  "hovering E11.40 shows its title")
check(text:find("billable", 1, true) ~= nil, "hovering E11.40 shows its billable status")

local function e11_diagnostic()
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    if diagnostic.lnum == 3 and tostring(diagnostic.message):find("billable", 1, true) then return diagnostic end
  end
  return nil
end
check(vim.wait(30000, function() return e11_diagnostic() ~= nil end, 50), "a diagnostic says E11 is not billable")

finish()
