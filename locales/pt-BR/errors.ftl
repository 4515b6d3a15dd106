### Códigos de erro da API do ApsaraVideo VOD, em português (Brasil).
###
### Cada mensagem é a tradução da mensagem de erro retornada pela API; os clientes comparam o texto
### em inglês (en-US), não este. O atributo `.description` informa, com as palavras deste catálogo, o que
### aconteceu e o que fazer. O ID de uma mensagem é a string do código em kebab-case, com `_` onde o
### código tem um ponto (`OperationDenied.Suspended` é `operation-denied_suspended`); uma variante, outra
### mensagem que algumas operações enviam para o mesmo código, acrescenta `--` e o nome dela.

# MissingParameter (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
missing-parameter = O parâmetro de entrada { $parameter }, obrigatório para processar esta solicitação, não foi fornecido.
    .description = Esta mensagem de erro é retornada quando um parâmetro obrigatório não está definido.

# MissingParameter, variante `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = O valor do parâmetro DomainName não pode estar vazio.
    .description = O parâmetro DomainName não foi especificado ou está vazio.

# MissingParameter, variante `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = O valor do parâmetro ConfigId não pode estar vazio.
    .description = O parâmetro ConfigId não foi especificado ou está vazio.

# MissingParameter, variante `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime e EndTime devem ser especificados juntos.
    .description = Apenas um dos parâmetros StartTime e EndTime foi especificado. Especifique os dois parâmetros ou nenhum deles.

# InvalidParameter (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
invalid-parameter = O parâmetro { $parameter } especificado não é válido.
    .description = Esta mensagem de erro é retornada quando o parâmetro especificado não é válido.

# InvalidParameter, variante `live-region` (HTTP 400).
invalid-parameter--live-region = Os parâmetros de região de transmissão ao vivo adicionados contêm erros.
    .description = As informações de região do { -apsaravideo-live } especificadas para o nome de domínio não são válidas.

# InvalidParameter, variante `media-type` (HTTP 400).
invalid-parameter--media-type = O parâmetro MediaType especificado não é válido.
    .description = O valor do parâmetro MediaType não é válido.

# InvalidParameter, variante `unspecified` (HTTP 400).
invalid-parameter--unspecified = Parâmetro inválido.
    .description = Um ou mais parâmetros não são válidos.

# OperationDenied (HTTP 403).
operation-denied = O serviço { -vod } ainda não foi ativado para sua conta.
    .description = Esta mensagem de erro é retornada quando o { -apsaravideo-vod } não está ativado para sua conta.

# OperationDenied, variante `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Seu serviço { -vod } está suspenso.
    .description = O { -apsaravideo-vod } está suspenso para sua conta da { -alibaba-cloud }.

# OperationDenied, variante `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = O serviço CDN ainda não foi ativado para sua conta.
    .description = O { -alibaba-cloud-cdn } não está ativado para sua conta da { -alibaba-cloud }.

# OperationDenied, variante `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Seu serviço CDN está suspenso.
    .description = O { -alibaba-cloud-cdn } está suspenso para sua conta da { -alibaba-cloud }. Se a conta tiver pagamentos em atraso, adicione saldo a ela.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Seu serviço { -vod } está suspenso.
    .description = Esta mensagem de erro é retornada quando sua conta da { -alibaba-cloud } tem pagamentos em atraso. Adicione saldo à sua conta.

# Forbidden (HTTP 403).
forbidden = O usuário não tem autorização para executar operações no recurso especificado.
    .description = Esta mensagem de erro é retornada quando você não tem autorização para executar a operação. Na maioria dos casos, esse erro ocorre porque as permissões necessárias não foram concedidas à sua conta. Para obter mais informações, consulte [Visão geral](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = O processamento da solicitação falhou devido a um erro desconhecido.
    .description = Esta mensagem de erro é retornada quando ocorre um erro desconhecido no servidor. Tente novamente mais tarde ou entre em contato com o atendimento ao cliente.

# ServiceUnAvailable (HTTP 503).
service-un-available = A solicitação falhou devido a um erro temporário do servidor.
    .description = Esta mensagem de erro é retornada quando o serviço não está disponível.

# LevelExceededMax (HTTP 400).
level-exceeded-max = O número de níveis de categorias excedeu o máximo.
    .description = O número de níveis de categorias atingiu o limite.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = O número total de subcategorias excedeu o máximo.
    .description = O número de subcategorias da categoria atingiu o limite.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = O CateId especificado não existe.
    .description = A categoria ou a categoria pai especificada não existe.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = As informações de armazenamento não existem.
    .description = O { -apsaravideo-vod } não alocou nenhum local de armazenamento para sua conta.

# InvalidStorage.NotFound, variante `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = O local de armazenamento indicado em StorageLocation não existe.
    .description = O local de armazenamento especificado não existe. Verifique os locais de armazenamento da sua conta no console do { -apsaravideo-vod }.

# InvalidStorage.NotFound, variante `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = O armazenamento não foi encontrado.
    .description = O local de armazenamento não existe.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = O grupo de modelos de transcodificação não existe.
    .description = O grupo de modelos de transcodificação especificado não existe.

# InvalidTranscodeTemplateGroup.NotFound, variante `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = O modelo de transcodificação não existe.
    .description = O grupo de modelos de transcodificação especificado, ou um modelo de transcodificação desse grupo, não existe.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = O grupo de modelos de transcodificação está bloqueado.
    .description = O grupo de modelos de transcodificação está bloqueado e não pode ser gerenciado. Para gerenciá-lo, entre em contato com o suporte técnico da { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = O grupo de modelos de transcodificação está reservado para uma finalidade especial.
    .description = O grupo de modelos de transcodificação está reservado para uma finalidade especial, como o grupo de modelos "Sem transcodificação" ou "Somente armazenamento". Não é possível adicionar modelos de transcodificação a ele.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = O número de grupos de modelos de transcodificação excedeu o máximo.
    .description = O número de grupos de modelos de transcodificação atingiu o limite de 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = O número de modelos de transcodificação do grupo excedeu o máximo.
    .description = O número de modelos de transcodificação no grupo de modelos de transcodificação excede o limite. Um grupo de modelos de transcodificação pode conter no máximo 20 modelos de transcodificação.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = O número de marcas d'água excedeu o máximo.
    .description = Há um número excessivo de marcas d'água associadas a um modelo de transcodificação do grupo de modelos de transcodificação. Um modelo de transcodificação pode ter no máximo 4 marcas d'água associadas.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = O parâmetro DomainName especificado tem um formato inválido.
    .description = O valor do parâmetro DomainName não é válido.

# InvalidDomainName.Malformed, variante `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = O valor especificado para o parâmetro DomainName tem um formato inválido.
    .description = O valor do parâmetro DomainName não é válido ou não é suportado.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = O parâmetro CdnType especificado tem um formato inválido.
    .description = O valor do parâmetro CdnType não é válido.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = O parâmetro SourceType especificado tem um formato inválido.
    .description = O valor do parâmetro SourceType não é válido.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = O parâmetro Sources especificado tem um formato inválido.
    .description = O valor do parâmetro Sources não é válido. Um endereço de origem não corresponde ao tipo do seu servidor de origem.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = O parâmetro Scope especificado tem um formato inválido.
    .description = O valor do parâmetro Scope não é válido.

# InvaildParameter (HTTP 400).
invaild-parameter = O certificado fornecido tem um formato inválido.
    .description = O certificado para aceleração HTTPS não é válido. O tamanho total do certificado e da chave privada pode exceder o limite.

# InvaildParameter, variante `domain-name` (HTTP 400).
invaild-parameter--domain-name = O valor especificado para o parâmetro DomainName tem um formato inválido.
    .description = O valor do parâmetro DomainName não é válido.

# BusinessExist (HTTP 400).
business-exist = A solicitação já está em andamento. Não a envie novamente.
    .description = O nome de domínio já está sendo adicionado. Não envie a solicitação novamente.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Este nome de domínio já existe.
    .description = O nome de domínio já foi adicionado.

# DomainOverLimit (HTTP 403).
domain-over-limit = O número de nomes de domínio excedeu o limite.
    .description = O número de nomes de domínio atingiu o limite.

# DomainNotRegistration (HTTP 404).
domain-not-registration = O nome de domínio não tem registro ICP.
    .description = O nome de domínio não possui registro ICP.

# IllegalOperation (HTTP 403).
illegal-operation = A operação não é permitida neste nome de domínio.
    .description = A operação não é permitida neste nome de domínio porque o nome de domínio não é válido ou porque você não tem autorização para executá-la.

# IllegalOperation, variante `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = O nome de domínio não é válido; a operação não é permitida.
    .description = O nome de domínio não é válido, portanto a operação não é permitida.

# ServiceBusy (HTTP 403).
service-busy = O nome de domínio especificado está sendo configurado. Tente novamente mais tarde.
    .description = O nome de domínio está sendo configurado. Aguarde a conclusão da configuração do nome de domínio e tente novamente.

# ServiceBusy, variante `retry-again` (HTTP 403).
service-busy--retry-again = O nome de domínio especificado está sendo configurado. Tente novamente mais tarde.
    .description = O nome de domínio está sendo configurado. Aguarde a conclusão da configuração do nome de domínio e tente novamente.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = O nome de domínio fornecido não pertence a você.
    .description = O nome de domínio especificado não existe ou não pertence à sua conta.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Sua conta não está vinculada a um aoneId, portanto não pode adicionar nomes de domínio.
    .description = Sua conta é uma conta interna que não está vinculada a um Aone ID, portanto não pode adicionar nomes de domínio.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Um nome de domínio curinga e um nome de domínio que começa com 'all.' não podem coexistir.
    .description = Um nome de domínio curinga e um nome de domínio que começa com 'all.' não podem existir ao mesmo tempo.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Nomes de domínio curinga não são suportados para este tipo de CDN.
    .description = Nomes de domínio curinga não são suportados para o tipo de negócio especificado em CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Um nome de domínio curinga e o nome de domínio exato correspondente são mutuamente exclusivos.
    .description = O nome de domínio curinga entra em conflito com um nome de domínio exato do mesmo nível. Não é possível adicionar ao mesmo tempo um nome de domínio curinga e os nomes de domínio exatos que correspondem a ele.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = O parâmetro Region especificado tem um formato inválido.
    .description = O valor do parâmetro Region não é válido.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = O parâmetro ResourceGroupId especificado tem um formato inválido.
    .description = O valor do parâmetro ResourceGroupId não é válido.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = O grupo de recursos não existe.
    .description = O grupo de recursos especificado não existe.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Esta operação não é permitida devido ao status atual do grupo de recursos.
    .description = O status atual do grupo de recursos não permite esta operação.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = O número de prioridades não corresponde ao número de origens.
    .description = O número de prioridades não corresponde ao número de servidores de origem. Especifique uma prioridade para cada servidor de origem.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Você precisa concluir a verificação de nome real para usar recursos da China continental.
    .description = Sua conta não concluiu a verificação de nome real necessária para usar recursos da China continental.

# NoSuchResource (HTTP 404).
# Variáveis:
#   $resource (String) - o recurso que não foi encontrado, por exemplo, o ID de uma marca d'água.
no-such-resource = O recurso { $resource } especificado não existe.
    .description = O recurso especificado não existe. A mensagem de erro informa o recurso, por exemplo, o ID de uma marca d'água.

# NoSuchResource, variante `unnamed` (HTTP 404).
no-such-resource--unnamed = O recurso especificado não existe.
    .description = O recurso especificado, por exemplo, uma imagem, não existe.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = O serviço de aplicativos não está ativado.
    .description = O serviço de múltiplos aplicativos não está ativado para sua conta.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = O usuário não tem autorização para executar operações no aplicativo.
    .description = Você não tem autorização para gerenciar o aplicativo.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = O parâmetro Functions especificado tem um formato inválido.
    .description = O valor do parâmetro Functions não é válido.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variáveis:
#   $function_name (String) - o nome da função que não é suportada.
invalid-function-name_value-not-supported = O valor { $function_name } de FunctionName não é suportado.
    .description = A funcionalidade especificada em FunctionName não é suportada.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variáveis:
#   $arg_name (String) - o nome do argumento que não é suportado.
invalid-arg-name_value-not-supported = O valor { $arg_name } de ArgName não é suportado.
    .description = O argumento especificado em ArgName não é suportado.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = O valor de ArgValue especificado tem um formato inválido.
    .description = O valor do campo ArgValue não é válido.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = O nome de aplicativo especificado em AppName já existe.
    .description = Já existe um aplicativo com o nome especificado em AppName.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = O número de aplicativos excedeu o limite de 10.
    .description = O número de aplicativos atingiu o limite de 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = A extensão do arquivo especificado em FileName não é válida.
    .description = A extensão do nome de arquivo no parâmetro FileName não é válida ou não é suportada pelo { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
illegal-characters = O parâmetro { $parameter } especificado contém emoticons ou caracteres especiais não permitidos.
    .description = O valor de um parâmetro, como Title, Description ou Tags, contém emoticons ou caracteres especiais.

# LengthExceededMax (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
#   $max_length (Number) - o número máximo de bytes que o valor do parâmetro pode ter.
length-exceeded-max = O tamanho do parâmetro { $parameter } especificado excede o limite de { NUMBER($max_length) } { NUMBER($max_length) ->
        [one] byte
       *[other] bytes
    }.
    .description = O valor de um parâmetro, como Title, Description ou Tags, excede o número máximo de bytes permitido. Para saber o limite de cada parâmetro, consulte a descrição dos parâmetros de solicitação da operação.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = O número de tags especificado em Tags excede o limite de 16.
    .description = Mais de 16 tags foram especificadas para o vídeo. Um vídeo pode ter no máximo 16 tags.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = O TemplateGroupId especificado não existe.
    .description = O grupo de modelos de transcodificação especificado em TemplateGroupId não existe.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Falha ao inicializar sua conta durante a ativação do serviço.
    .description = Não foi possível inicializar sua conta quando o serviço foi ativado.

# AddVideoFailed (HTTP 503).
add-video-failed = Falha ao adicionar o vídeo devido a um erro desconhecido.
    .description = Não foi possível criar o vídeo porque o ID do vídeo não pôde ser gerado. Tente novamente mais tarde.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = O aplicativo ainda tem recursos e, portanto, não pode ser excluído.
    .description = O aplicativo não pode ser excluído porque ainda contém recursos. Primeiro, exclua os recursos ou mova-os para outro aplicativo.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = O upload em partes não existe.
    .description = O upload em partes ou suas partes não existem.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = O vídeo não existe.
    .description = O vídeo especificado não existe.

# InvalidVideo.NotFound, variante `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = O vídeo não existe.
    .description = O vídeo especificado não existe.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = O arquivo não existe.
    .description = O arquivo de vídeo, por exemplo, o arquivo de origem, não existe.

# AccessDenied (HTTP 400).
access-denied = Acesso negado pela política do autorizador.
    .description = O { -apsaravideo-vod } não está autorizado a acessar seu próprio bucket do { -oss }, portanto a operação foi negada.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = O número de IDs em JobIds excedeu o máximo.
    .description = O número de IDs de tarefa em JobIds excede o limite.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = O fluxo não existe.
    .description = O fluxo de mídia não existe.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Falha ao excluir o fluxo devido a um erro desconhecido.
    .description = Não foi possível excluir o fluxo de mídia devido a um erro desconhecido. Tente novamente mais tarde.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = O grupo de modelos de transcodificação é o padrão.
    .description = O grupo de modelos de transcodificação é o grupo padrão e não pode ser excluído.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = O número de IDs em VideoIds excedeu o máximo.
    .description = O número de IDs de vídeo em VideoIds excede o limite.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Falha ao excluir o vídeo devido a um erro desconhecido.
    .description = Não foi possível excluir o vídeo devido a um erro desconhecido. Tente novamente mais tarde.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variáveis:
#   $function_name (String) - o nome da função que não é suportada.
invalid-any_value-not-supported = O valor [{ $function_name }] de FunctionName não é suportado.
    .description = O valor do parâmetro FunctionName não é suportado.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = O parâmetro BizDate especificado tem um formato inválido.
    .description = O formato do parâmetro BizDate não é válido. Especifique o horário no formato yyyy-MM-ddTHH:mm:ssZ, em UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime é posterior ao horário atual.
    .description = O horário especificado em BizDate é posterior ao horário atual.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = O parâmetro StartTime especificado tem um formato inválido.
    .description = O formato do parâmetro StartTime não é válido. Especifique o horário no formato yyyy-MM-ddTHH:mm:ssZ, em UTC.

# InvalidStartTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = O horário de início especificado tem um formato inválido.
    .description = O horário de início especificado em StartTime não está em um formato válido.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = O parâmetro EndTime especificado tem um formato inválido.
    .description = O formato do parâmetro EndTime não é válido. Especifique o horário no formato yyyy-MM-ddTHH:mm:ssZ, em UTC.

# InvalidEndTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = O horário de término especificado tem um formato inválido.
    .description = O horário de término especificado em EndTime não está em um formato válido.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime é posterior ao horário atual.
    .description = O horário especificado em EndTime é posterior ao horário atual.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime e EndTime são inconsistentes.
    .description = O intervalo de tempo especificado por StartTime e EndTime não é válido.

# InvalidEndTime.Mismatch, variante `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = O valor especificado para EndTime não corresponde ao valor especificado para StartTime.
    .description = O horário especificado em EndTime é anterior ao horário especificado em StartTime.

# InvalidEndTime.Mismatch, variante `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = O horário de término especificado não corresponde ao horário de início especificado.
    .description = O horário especificado em EndTime é anterior ao horário especificado em StartTime.

# Throttling (HTTP 503).
throttling = A solicitação foi negada devido à limitação de solicitações.
    .description = A solicitação foi negada porque a limitação de solicitações foi aplicada. Tente novamente mais tarde.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = O parâmetro AliUid não é válido.
    .description = O valor do parâmetro AliUid não é válido.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = O parâmetro StartTime não é válido.
    .description = O valor do parâmetro StartTime não é válido.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = O parâmetro EndTime não é válido.
    .description = O valor do parâmetro EndTime não é válido.

# InvalidTimeRange (HTTP 400).
invalid-time-range = O intervalo entre StartTime e EndTime deve ser inferior a um mês.
    .description = O intervalo de tempo especificado por StartTime e EndTime é maior que 31 dias.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = O parâmetro Region não é válido.
    .description = O valor do parâmetro Region não é válido.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = O valor especificado para o parâmetro StartTime não é suportado.
    .description = O intervalo de tempo especificado por StartTime e EndTime é maior que 90 dias.

# InvalidStartTime.ValueNotSupported, variante `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = O horário de término especificado não corresponde ao horário de início especificado.
    .description = O intervalo de tempo especificado por StartTime e EndTime é maior que 90 dias. A mensagem de erro enviada com este código é enganosa.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Falha ao excluir as funções em lote.
    .description = Não foi possível excluir em lote as configurações do nome de domínio.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = O nome de domínio fornecido está offline.
    .description = O nome de domínio foi desativado.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Falha ao configurar o nome de domínio fornecido.
    .description = Não foi possível configurar o nome de domínio, portanto não é possível executar nele operações como atualização e pré-carregamento.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = O parâmetro Product não é válido.
    .description = O valor do parâmetro Product não é válido.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = O parâmetro Area não é válido.
    .description = O valor do parâmetro Area não é válido.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = O parâmetro Field não é válido.
    .description = O valor do parâmetro Field não é válido.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = O parâmetro Interval não é válido.
    .description = O valor do parâmetro Interval não é válido.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = O parâmetro TaskId especificado tem um formato inválido.
    .description = O formato do parâmetro TaskId não é válido.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = O valor especificado para o parâmetro PageNumber não é suportado.
    .description = O valor do parâmetro PageNumber não é suportado.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = O valor especificado para o parâmetro PageSize não é suportado.
    .description = O valor do parâmetro PageSize não é suportado.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = O valor especificado para o parâmetro DomainStatus não é suportado.
    .description = O valor do parâmetro DomainStatus não é suportado.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = O valor especificado para o parâmetro DomainSearchType não é suportado.
    .description = O valor do parâmetro DomainSearchType não é suportado.

# ExceededMax (HTTP 400).
exceeded-max = O parâmetro de entrada MediaIds excede o limite.
    .description = O número de IDs de ativos de mídia auxiliares em MediaIds excede o limite de 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = O status do vídeo não é válido.
    .description = O status atual do vídeo não permite a operação. Os status permitidos dependem da operação: por exemplo, somente vídeos com status UploadSucc, Normal ou Checking podem ser transcodificados.

# Forbidden.IllegalStatus, variante `current-status` (HTTP 400).
# Variáveis:
#   $status (String) - o status atual do vídeo, por exemplo, Blocked.
forbidden_illegal-status--current-status = O status do vídeo não é válido. Status atual: { $status }.
    .description = O vídeo não pode ser reproduzido no status atual. Somente vídeos com status Normal podem ser reproduzidos.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = O vídeo não tem nenhum fluxo reproduzível para o parâmetro de solicitação 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Nenhum fluxo de mídia transcodificado do vídeo corresponde aos critérios de filtro da solicitação, como o formato e a definição. Verifique se a configuração de transcodificação corresponde aos critérios de filtro.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = No momento, existe apenas o fluxo AliyunVoDEncryption. Reproduza-o com o { -apsaravideo-player } ou defina o valor de ResultType como Multiple.
    .description = O vídeo tem apenas fluxos de mídia criptografados com a criptografia proprietária da { -alibaba-cloud }. Reproduza-os com o { -apsaravideo-player } ou defina ResultType como Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = O parâmetro de entrada MediaIds excede o limite.
    .description = O número de IDs de ativos de mídia em MediaIds excede o limite de 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = A lista de vídeos excedeu o máximo.
    .description = O número total de resultados a serem paginados excede o limite.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = O endereço IP do grupo de segurança de revisão não existe.
    .description = Nenhum endereço IP foi encontrado no grupo de segurança de revisão.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Falha ao listar os endereços IP do grupo de segurança de revisão devido a um erro desconhecido.
    .description = Não foi possível consultar os endereços IP do grupo de segurança de revisão devido a um erro desconhecido. Tente novamente mais tarde.

# IpsIsEmpty (HTTP 400).
ips-is-empty = O parâmetro Ips especificado não pode estar vazio.
    .description = O parâmetro Ips não foi especificado ou está vazio.

# IpsIsEmpty, variante `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = O parâmetro Ips especificado não pode estar vazio.
    .description = O parâmetro Ips não foi especificado ou está vazio.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = O número de endereços IP especificado em Ips excede o limite de 100.
    .description = O número de endereços IP excede o limite. Um grupo de segurança de revisão pode conter no máximo 100 endereços IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = O número de grupos de segurança de revisão excede o limite de 10.
    .description = O número de grupos de segurança de revisão excede o limite de 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Suas permissões no aplicativo não permitem executar operações no recurso especificado.
    .description = Você não tem autorização para gerenciar recursos no aplicativo de destino.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Você excedeu o limite estabelecido de atualizações.
    .description = A cota diária de atualização ou pré-carregamento de conteúdo foi atingida.

# PreloadQueueFull (HTTP 403).
preload-queue-full = A fila de pré-carregamento está cheia. Tente novamente mais tarde.
    .description = A fila de pré-carregamento está cheia porque o número de URLs em pré-carregamento para o nome de domínio atingiu o limite. Tente novamente mais tarde.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = O valor especificado para o parâmetro ObjectPath tem um formato inválido.
    .description = O formato do parâmetro ObjectPath não é válido.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Nomes de domínio curinga não são suportados.
    .description = O nome de domínio é um nome de domínio curinga, que não é suportado por esta operação.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath contém mais de 1.000 itens.
    .description = ObjectPath contém mais de 1.000 URLs. Você pode pré-carregar no máximo 1.000 URLs por vez.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = O vídeo está danificado.
    .description = O vídeo não foi criado corretamente ou está danificado.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = O valor especificado para "<ObjectType>" não é suportado.
    .description = O valor do parâmetro ObjectType não é suportado.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Você excedeu o limite estabelecido de atualizações por minuto.
    .description = O número de solicitações de atualização atingiu o limite por minuto. Tente novamente mais tarde.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = O parâmetro SortBy aceita apenas um campo de ordenação ao percorrer todos os dados.
    .description = SortBy especifica mais de um campo de ordenação. Ao percorrer todos os dados, você pode ordenar por apenas um campo.

# ErrorMatchSyntax (HTTP 400).
# Variáveis:
#   $field (String) - o campo da expressão Match que contém o erro.
error-match-syntax = A sintaxe do parâmetro Match.{ $field } está incorreta. Verifique-a.
    .description = A sintaxe do parâmetro Match não é válida. Verifique a sintaxe e tente novamente.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = O ScrollToken expirou. Obtenha um novo.
    .description = O valor do parâmetro ScrollToken expirou. Consulte os dados novamente a partir da página 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = O valor especificado para o parâmetro Enable não é suportado.
    .description = O valor do parâmetro SSLProtocol não é suportado.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = O parâmetro de entrada SSLPub, obrigatório para processar a solicitação, não foi fornecido.
    .description = O parâmetro SSLPub, que contém o conteúdo do certificado, não foi especificado.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = O parâmetro de entrada SSLPri, obrigatório para processar a solicitação, não foi fornecido.
    .description = O parâmetro SSLPri, que contém a chave privada, não foi especificado.

# InvalidCertificate (HTTP 400).
invalid-certificate = O certificado fornecido tem um formato inválido.
    .description = O conteúdo do certificado não é válido.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = O valor de SSLPri fornecido tem um formato inválido.
    .description = A chave privada não é válida.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = O valor de SSLPri não corresponde ao certificado especificado.
    .description = A chave privada não corresponde ao certificado.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = O certificado fornecido excede o tamanho máximo.
    .description = O conteúdo do certificado excede o limite de tamanho.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = O nome do certificado fornecido excede o tamanho máximo de 128 caracteres.
    .description = O nome do certificado tem mais de 128 caracteres.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Os parâmetros contêm erros.
    .description = Um ou mais parâmetros para configurar o certificado não são válidos.

# Certificate.StatusError (HTTP 400).
certificate_status-error = O certificado não existe ou seu status não é válido.
    .description = O certificado não existe, ou o status dele não é válido.

# Certificate.StatusError, variante `status-only` (HTTP 400).
certificate_status-error--status-only = O status do certificado não é válido.
    .description = O status do certificado não é válido.

# DeleteFailed (HTTP 400).
delete-failed = Falha ao excluir o certificado.
    .description = Não foi possível excluir o certificado.

# Certificate.NotFind (HTTP 400).
certificate_not-find = As informações do certificado não foram encontradas.
    .description = O certificado não foi encontrado.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = O nome do certificado está duplicado.
    .description = Já existe um certificado com o mesmo nome.

# Certificate.FormatError (HTTP 400).
certificate_format-error = O formato do certificado não é válido.
    .description = O certificado não está em um formato válido.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = O parâmetro SSLPri não pode estar vazio.
    .description = A chave privada não foi especificada.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = O formato de SSLPri não é válido.
    .description = A chave privada não está em um formato válido.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Desativar o certificado alteraria o roteamento de tráfego do nome de domínio. Entre em contato com o atendimento ao cliente.
    .description = Desativar o certificado afetaria o roteamento de tráfego do nome de domínio, portanto essa ação não é permitida. Entre em contato com o suporte técnico da { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = O certificado foi configurado com sucesso, mas, para proteger o serviço atual, ainda não entrou em vigor. Entre em contato com o atendimento ao cliente.
    .description = O certificado está configurado, mas ainda não entrou em vigor, para proteger seu serviço atual. Para que ele entre em vigor, entre em contato com o suporte técnico da { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = O endereço de origem especificado tem um formato inválido.
    .description = O endereço de origem não é válido.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = O tipo de origem especificado tem um formato inválido.
    .description = O tipo de servidor de origem não é válido.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = O tipo de origem especificado não corresponde ao endereço de origem especificado.
    .description = O endereço de origem não corresponde ao tipo de servidor de origem.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = A prioridade de origem especificada tem um formato inválido.
    .description = A prioridade do servidor de origem não é válida.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = O parâmetro UploadURLs especificado não é válido.
    .description = O valor do parâmetro UploadURLs não é válido.
