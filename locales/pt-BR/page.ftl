### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Códigos de erro
page-intro = Este tópico descreve os códigos de erro comuns. Você pode determinar a causa do erro com base na descrição dos códigos de erro.
page-common-errors = Erros comuns
column-code = Código de erro
column-message = Mensagem de erro
column-status = Código de status HTTP
column-description = Descrição
