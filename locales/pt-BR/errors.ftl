### Os códigos de erro comuns da API do serviço de vídeo.
### Cada mensagem é a mensagem de erro retornada pela API; o atributo `.description` informa o motivo.
### O ID da mensagem é a string do código em kebab-case.

# MissingParameter (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
missing-parameter = O parâmetro de entrada { $parameter }, obrigatório para processar esta solicitação, não foi fornecido.
    .description = Esta mensagem de erro é retornada quando um parâmetro obrigatório não está definido.

# InvalidParameter (HTTP 400).
# Variáveis:
#   $parameter (String) - o nome do parâmetro da solicitação, por exemplo, VideoId.
invalid-parameter = O parâmetro especificado { $parameter } não é válido.
    .description = Esta mensagem de erro é retornada quando o parâmetro especificado não é válido.

# OperationDenied (HTTP 403).
operation-denied = O serviço { -vod } ainda não foi ativado para sua conta.
    .description = Esta mensagem de erro é retornada quando o { -apsaravideo-vod } não está ativado para sua conta.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Seu serviço { -vod } está suspenso.
    .description = Esta mensagem de erro é retornada quando sua conta da { -alibaba-cloud } tem pagamentos em atraso. Adicione saldo à sua conta.

# Forbidden (HTTP 403).
forbidden = O usuário não tem autorização para executar operações no recurso especificado.
    .description = Esta mensagem de erro é retornada quando você não tem autorização para executar a operação. Na maioria dos casos, esse erro ocorre porque as permissões necessárias não foram concedidas à sua conta. Para obter mais informações, consulte [Visão geral](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = O processamento da solicitação falhou devido a um erro desconhecido.
    .description = Esta mensagem de erro é retornada quando ocorre um erro desconhecido em segundo plano. Tente novamente mais tarde ou entre em contato com o atendimento ao cliente.

# ServiceUnAvailable (HTTP 503).
service-un-available = A solicitação falhou devido a um erro temporário do servidor.
    .description = Esta mensagem de erro é retornada quando o serviço não está disponível.
