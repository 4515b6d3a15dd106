### As páginas de códigos de erro: `cargo xtask docs`, `vod-errors list --format markdown` e a central de erros na web.

## A página de erros comuns, com as palavras da página de origem.

page-title = Códigos de erro
page-intro = Este tópico descreve os códigos de erro comuns. Você pode determinar a causa do erro com base na descrição dos códigos de erro.
page-common-errors = Erros comuns
column-code = Código de erro
column-message = Mensagem de erro
column-status = Código de status HTTP
column-description = Descrição

## O índice de todos os códigos e os erros de cada operação.

page-all-codes = Todos os códigos de erro
page-all-codes-intro = Todos os códigos de erro documentados pela API do { -apsaravideo-vod }, com o código de status HTTP usual e a mensagem de erro de cada um.
page-operations = Erros por operação
page-operations-intro = Os erros documentados por cada operação da API, com o código de status HTTP e a mensagem de erro que a operação retorna.
page-placeholder-note = Um nome entre colchetes angulares, como <parameter>, representa um valor preenchido pela API.
column-operation = Operação
column-operations = Operações

## A central de erros na web.

site-title = Códigos de erro do { -apsaravideo-vod }
site-search-label = Pesquisar códigos de erro
site-search-hint = Digite um código, palavras de uma mensagem ou o nome de uma operação.
site-search-empty = Nenhum código de erro corresponde à sua pesquisa.
site-language = Idioma
site-all-codes = Todos os códigos de erro
site-all-operations = Todas as operações
site-usual-status = Código de status HTTP usual
site-returned-by = Operações que retornam este erro
site-returned-by-none = Nenhuma página de operação da referência da API lista este erro; qualquer operação pode retorná-lo.
site-family = Família
site-family-none = Este código não pertence a nenhuma família de códigos.
site-family-members = Outros códigos da família
site-retryable = Reenviar a mesma solicitação mais tarde pode funcionar.
site-not-retryable = Reenviar a mesma solicitação falhará da mesma forma.
site-troubleshoot = Solucionar este erro com o { -alibaba-cloud } OpenAPI
site-doubtful = Duvidoso: a fonte lista este erro aqui, mas a linha parece ter sido copiada de outra operação.
site-operation-errors = Erros retornados por esta operação
site-message-variants = Outras mensagens deste código
