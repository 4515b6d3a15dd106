### Termos compartilhados por todas as mensagens desta localidade.

## O nome da localidade no próprio idioma, como exibido por `vod-errors locales`.

-language-name = Português (Brasil)

## Nomes de marca. As mensagens usam estes termos em vez de escrever os nomes por extenso.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
