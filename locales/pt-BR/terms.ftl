### Termos compartilhados por todas as mensagens desta localidade.

## O nome da localidade no próprio idioma, como exibido por `vod-errors locales`.

-language-name = Português (Brasil)

## Nomes de marca. As mensagens usam estes termos em vez de escrever os nomes por extenso.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
