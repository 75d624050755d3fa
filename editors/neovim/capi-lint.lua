-- The capi-lint language server for Neovim: findings of the whole multi-file spec tree in every
-- YAML/JSON buffer of it, while you type. Neovim 0.8+ (vim.lsp.start); 0.7 works too.
--
-- In init.lua:
--   dofile('/path/to/capi-lint.lua').setup({
--     cmd = { 'npx', '--no-install', 'capi-lsp' },   -- or { 'capi-lint', '--lsp' }
--     settings = { specs = { 'openapi.yaml' } },      -- optional: spec roots, relative to the root folder
--   })
local M = {}

-- The folder of the nearest openapi.yaml/openapi.json above the file, else the file's folder.
local function root_of(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  for _, name in ipairs({ 'openapi.yaml', 'openapi.json' }) do
    local found = vim.fn.findfile(name, folder .. ';')
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h')
    end
  end
  return folder
end

local clients = {} -- Neovim 0.7: one client per root folder

function M.start(bufnr, opts)
  local file = vim.api.nvim_buf_get_name(bufnr)
  if file == '' then
    return nil
  end
  local config = {
    name = 'capi-lint',
    cmd = opts.cmd or { 'capi-lsp' },
    root_dir = opts.root_dir or root_of(file),
    init_options = opts.settings and { capi = opts.settings } or nil,
    settings = opts.settings and { capi = opts.settings } or nil,
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[config.root_dir]
  if id == nil or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients[config.root_dir] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

function M.setup(opts)
  opts = opts or {}
  vim.api.nvim_create_autocmd('FileType', {
    pattern = { 'yaml', 'json' },
    callback = function(args)
      M.start(args.buf, opts)
    end,
  })
end

return M
