<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation>Acerca de Ligar o Zoho ao Optiply</translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation>Ícone do Optiply e do Zoho</translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Ligar o Zoho ao Optiply</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation>Compilado com Qt %1, a correr em Qt %2, em %3.</translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation>© Optiply B.V.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copiar os detalhes da versão</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Copiado. Cole-o na sua mensagem para o suporte.</translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Cria o cliente da API do Zoho de que o Optiply precisa, verifica-o com o Zoho e guarda-o %1.</translation>
    </message>
</context>
<context>
    <name>AccountsServerMap</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected CODE=URL pairs separated by commas, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>esperavam-se pares CODE=URL separados por vírgulas, como &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>&quot;%1&quot; não está no formato CODE=URL, como &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation>&quot;%1&quot; não é um centro de dados do Zoho; os códigos conhecidos são %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation>&quot;%1&quot; não é um endereço web com nome de anfitrião.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation>&quot;%1&quot; tem de ser um endereço de servidor simples, sem nome de utilizador, consulta nem fragmento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>&quot;%1&quot; usa http simples, que só é permitido neste computador (127.0.0.1, ::1 ou localhost); use https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>&quot;%1&quot; tem de começar por https://.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprimir um único objeto JSON em vez de texto.</translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation>O centro de dados do Zoho: %1, ou auto para perguntar a todos (predefinição).</translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation>Usar URL como servidor de contas do centro de dados usado, ou CODE=URL para esse centro de dados (pode repetir-se).</translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation>Com store: guardar as credenciais sem perguntar primeiro ao Zoho.</translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation>Segundos de espera pelo Zoho (predefinição: 15).</translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation>Indique um comando: %1.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver os comandos e as opções.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation>&quot;%1&quot; não é um centro de dados do Zoho; use um de %2, ou auto.</translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation>--accounts-server URL precisa de --data-center CODE; com auto, escreva CODE=URL.</translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client ID: </translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation>Client Secret (não é mostrado): </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers: %1.</source>
        <translation>Este cliente está ativo em vários centros de dados: %1.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Centro de dados: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout aceita um número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation>Não foi indicado nenhum Client ID (primeira linha).</translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation>Não foi indicado nenhum Client Secret (segunda linha).</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nada foi guardado.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Não guardado: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Impressão digital do segredo: %1</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centro de dados: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation>Guardado em: %1</translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation>Não há credenciais do Zoho guardadas.</translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation>As credenciais do Zoho guardadas foram removidas.</translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation>Não havia credenciais do Zoho guardadas.</translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation>Com verify: imprimir o endereço da página de início de sessão do Zoho em vez de a abrir.</translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Com verify: segundos de espera pelo início de sessão no navegador (predefinição: 300).</translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation>Já estão guardadas outras credenciais do Zoho (Client ID %1, guardadas em %2).</translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation>Substituí-las? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation>Nada foi alterado; acrescente --replace para as substituir.</translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--consent-timeout aceita um número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation>Abra este endereço num navegador, inicie sessão no Zoho e clique em Accept:</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation>A página de início de sessão do Zoho está aberta no navegador: inicie sessão e clique em Accept.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>A porta %1 deste computador está a ser usada por outro programa, por isso a resposta do Zoho não pode chegar sozinha. Depois de clicar em Accept, copie o endereço completo da barra de endereço do navegador e introduza-o aqui.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Endereço: </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>A porta %1 deste computador está a ser usada por outro programa, por isso a resposta do Zoho não pode chegar. Feche esse programa ou execute verify num terminal, onde pode colar o endereço a que o navegador chega.</translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation>Na Zoho API Console, clique em ADD CLIENT e depois em CREATE NOW em Server-based Applications, e introduza:</translation>
    </message>
    <message>
        <source>values, check, verify, store, status, forget or diagnose</source>
        <translation>values, check, verify, store, status, forget ou diagnose</translation>
    </message>
    <message>
        <source>Write debug lines to the log file too (secrets are always masked).</source>
        <translation>Escrever também linhas de depuração no ficheiro de registo (os segredos são sempre mascarados).</translation>
    </message>
    <message>
        <source>Checking the keychain and one accounts server…</source>
        <translation>A verificar o porta-chaves e um servidor de contas…</translation>
    </message>
    <message>
        <source>Checking the keychain and %1 accounts servers…</source>
        <translation>A verificar o porta-chaves e %1 servidores de contas…</translation>
    </message>
    <message>
        <source>The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.</source>
        <translation>A entrada é demasiado longa: o que colar pode ter no máximo %1 KiB. Nada dela foi utilizado.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1 minutes.</source>
        <translation>Não foi introduzido nada durante %1 minutos.</translation>
    </message>
    <message>
        <source>With store and verify --store: replace other credentials stored before (a terminal asks instead).</source>
        <translation>Com store e verify --store: substituir outras credenciais guardadas antes (num terminal, é feita a pergunta).</translation>
    </message>
    <message>
        <source>Stopping: whatever Zoho issued is removed first…</source>
        <translation>A parar: o que o Zoho emitiu é removido primeiro…</translation>
    </message>
    <message>
        <source>Helps you connect Optiply to Zoho: shows what to enter in Zoho&apos;s API Console, checks the Client ID and Client Secret with Zoho, and keeps them %1.

Without a command, the assistant&apos;s window opens.

Commands:
  values   What to enter in Zoho&apos;s client registration form.
  check    Read the Client ID and Client Secret from standard input and ask Zoho about them.
  verify   Check them, then sign in to Zoho once in the browser to prove them (--store: then keep them).
  store    Check them as `check` does, then keep them %1.
  status   Whether credentials are stored (the secret is never shown).
  forget   Remove the stored credentials.
  diagnose A report for support: versions, keychain, proxy, and each accounts server layer by layer (name lookup, connection, TLS, HTTP, clock). Never holds a secret.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Ajuda a ligar o Optiply ao Zoho: mostra o que introduzir na API Console do Zoho, verifica o Client ID e o Client Secret com o Zoho e guarda-os %1.

Sem comando, abre-se a janela do assistente.

Comandos:
  values   O que introduzir no formulário de registo de cliente do Zoho.
  check    Ler o Client ID e o Client Secret da entrada padrão e perguntar ao Zoho por eles.
  verify   Verificá-los e depois iniciar sessão no Zoho uma vez no navegador para os confirmar (--store: depois guardá-las).
  store    Verificá-los como faz o `check` e depois guardá-los %1.
  status   Indica se há credenciais guardadas (o secret nunca é mostrado).
  forget   Remover as credenciais guardadas.
  diagnose Um relatório para o suporte: versões, porta-chaves, proxy e cada servidor de contas camada a camada (resolução de nomes, ligação, TLS, HTTP, relógio). Nunca contém um secret.</translation>
    </message>
    <message>
        <source>With verify: after the sign-in, keep the credentials %1, as the wizard does.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Com verify: depois do início de sessão, guardar as credenciais %1, como faz o assistente.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 was damaged or not written by it; it is replaced.</source>
        <translation>A entrada deste programa %1 estava danificada ou não foi escrita por ele; é substituída.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Zoho credentials are stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>As credenciais do Zoho estão guardadas %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so the sign-in may not finish. If it does not, close that program and try again, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Outro programa neste computador está a inundar a porta %1, onde chega a resposta do Zoho, por isso o início de sessão pode não terminar. Se não terminar, feche esse programa e tente novamente, ou execute verify num terminal, onde pode colar o endereço a que o navegador chega.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so it may not arrive by itself. If nothing happens after you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Outro programa neste computador está a inundar a porta %1, onde chega a resposta do Zoho, por isso ela pode não chegar sozinha. Se nada acontecer depois de clicar em Accept, copie o endereço completo da barra de endereço do navegador e introduza-o aqui.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Not tried: a step before failed.</source>
        <translation>Não tentado: um passo anterior falhou.</translation>
    </message>
    <message>
        <source>No answer in time (%1 s).</source>
        <translation>Sem resposta a tempo (%1 s).</translation>
    </message>
    <message>
        <source>The proxy setting names no host that can be looked up, so nothing reaches %1: check the proxy settings.</source>
        <translation>A definição de proxy não indica nenhum anfitrião que possa ser resolvido, por isso nada chega a %1: verifique as definições de proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 is an address: nothing to look up here; %2 is looked up by the proxy.</source>
        <translation>O proxy %1 é um endereço: nada a resolver aqui; %2 é resolvido pelo proxy.</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 é um endereço: nada a resolver.</translation>
    </message>
    <message>
        <source>The name of the proxy %1 could not be looked up (%2), so nothing reaches %3: check the proxy settings.</source>
        <translation>Não foi possível resolver o nome do proxy %1 (%2), por isso nada chega a %3: verifique as definições de proxy.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2): no network, a DNS problem, or a filter that blocks it.</source>
        <translation>Não foi possível resolver o nome %1 (%2): sem rede, um problema de DNS ou um filtro que o bloqueia.</translation>
    </message>
    <message>
        <source>Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, not by this computer.</source>
        <translation>O proxy %1 está em %2; através de um proxy, %3 é resolvido pelo proxy, não por este computador.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 está em %2.</translation>
    </message>
    <message>
        <source>Connected to %1 through the proxy %2.</source>
        <translation>Ligado a %1 através do proxy %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Ligado a %1 (%2).</translation>
    </message>
    <message>
        <source>Plain HTTP (allowed for a test server on this computer only): no TLS.</source>
        <translation>HTTP simples (permitido apenas para um servidor de teste neste computador): sem TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 recusou a ligação: nada está à escuta aí, ou uma firewall rejeita-a.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2).</source>
        <translation>Não foi possível resolver o nome %1 (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2 (%3).</source>
        <translation>O proxy %1 recusou ligar-se a %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>Não foi possível encontrar o proxy %1 (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>O proxy %1 pede um nome de utilizador e uma palavra-passe.</translation>
    </message>
    <message>
        <source>The proxy %1 failed the connection to %2 (%3).</source>
        <translation>O proxy %1 falhou a ligação a %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network (%2).</source>
        <translation>%1 não está acessível a partir desta rede (%2).</translation>
    </message>
    <message>
        <source>%1 closed the connection at once (%2).</source>
        <translation>%1 fechou a ligação de imediato (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>A ligação a %1 falhou: %2.</translation>
    </message>
    <message>
        <source>%1; certificate for %2 issued by “%3”, valid until %4.</source>
        <translation>%1; certificado para %2 emitido por “%3”, válido até %4.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2 to %3, and this computer&apos;s clock says %4: when the clock is wrong, secure connections fail.</source>
        <translation>O certificado para %1 é válido de %2 a %3, e o relógio deste computador indica %4: quando o relógio está errado, as ligações seguras falham.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is issued by “%2”, which is not a public certificate authority: your network inspects secure connections (a company firewall, proxy or antivirus). Ask IT to let %1 through unchanged.</source>
        <translation>O certificado apresentado para %1 foi emitido por “%2”, que não é uma autoridade de certificação pública: a sua rede inspeciona as ligações seguras (uma firewall, proxy ou antivírus da empresa). Peça ao seu departamento de informática que deixe passar %1 sem alterações.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>um emissor desconhecido</translation>
    </message>
    <message>
        <source>The certificate presented is for %1, not %2: a login page or a filter answers instead of Zoho.</source>
        <translation>O certificado apresentado é para %1, não para %2: uma página de acesso ou um filtro responde em vez do Zoho.</translation>
    </message>
    <message>
        <source>No secure connection could be made (%1).</source>
        <translation>Não foi possível estabelecer uma ligação segura (%1).</translation>
    </message>
    <message>
        <source>The request got no answer: %1.</source>
        <translation>O pedido não obteve resposta: %1.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 (server “%3”): an error on the server&apos;s side; try again later.</source>
        <translation>O servidor respondeu HTTP %1 %2 (servidor “%3”): um erro do lado do servidor; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>A web page answered instead of Zoho (HTTP %1, server “%2”): a network login page or a filter.</source>
        <translation>Uma página web respondeu em vez do Zoho (HTTP %1, servidor “%2”): uma página de acesso à rede ou um filtro.</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2 (server “%3”).</source>
        <translation>HTTP %1: reencaminhado para %2 (servidor “%3”).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from server “%3”.</source>
        <translation>HTTP %1 %2 do servidor “%3”.</translation>
    </message>
    <message>
        <source>The server sent no usable date to compare with.</source>
        <translation>O servidor não enviou nenhuma data utilizável para comparar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s (%1 s apart).</source>
        <translation>O relógio deste computador está de acordo com o do servidor (diferença de %1 s).</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <extracomment>%1 is &quot;9 minutes&quot; or &quot;3 hours&quot;</extracomment>
        <translation>O relógio deste computador está %1 atrasado em relação ao do servidor: com uma diferença destas, as ligações seguras podem falhar. Ative o acerto automático da data e da hora.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <translation>O relógio deste computador está %1 adiantado em relação ao do servidor: com uma diferença destas, as ligações seguras podem falhar. Ative o acerto automático da data e da hora.</translation>
    </message>
    <message>
        <source>Reachable: every step passed.</source>
        <translation>Acessível: todos os passos correram bem.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Resolução de nomes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Ligação segura (TLS)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB, far larger than any of Zoho&apos;s: it was refused, not read further. Something other than Zoho may be answering.</source>
        <translation>A resposta tinha mais de %1 MiB, muito mais do que qualquer resposta da Zoho: foi recusada e não foi lida até ao fim. É possível que não seja a Zoho a responder.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>Copiar %1 para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 copiado</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation>Este Client ID parece estar cortado: tem %1 dos seus %2 caracteres. Copie-o novamente, por inteiro.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation>Isto parece ser o Client Secret, não o Client ID.</translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation>Isto não é um Client ID do Zoho. Um Client ID começa por &quot;1000.&quot; e tem %1 caracteres, por exemplo 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation>Isto é um Client ID, não o Client Secret. O segredo é o outro valor do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation>Os segredos do Zoho são feitos dos algarismos 0–9 e das letras a–f, mas este tem outros caracteres. Verifique se copiou o Client Secret.</translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation>Este segredo é mais curto do que o habitual (%1 caracteres; os do Zoho têm %2). Pode estar cortado.</translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation>Este segredo é mais longo do que o habitual (%1 caracteres; os do Zoho têm %2). Verifique se não foi copiado nada a mais.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation>Os segredos do Zoho usam letras minúsculas, mas este tem maiúsculas. Copie-o novamente em vez de o escrever.</translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation>Os dois valores foram colados juntos; foram separados automaticamente.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation>O Client ID e o Client Secret estavam trocados; foram postos no sítio certo.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation>Isto parece ser o Client Secret, e o campo do segredo contém o Client ID: os dois parecem trocados.</translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation>O outro campo tinha um valor diferente; o par colado em conjunto substituiu-o.</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirílico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grego</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménio</translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Este segredo contém um &apos;%2&apos; %1 que apenas se parece com um &apos;%3&apos; latino. Copie-o novamente do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Este Client ID contém um &apos;%2&apos; %1 que apenas se parece com um &apos;%3&apos; latino. Copie-o novamente do Zoho.</translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Este segredo contém &apos;%1&apos;, um carácter que os segredos do Zoho não têm. Copie-o novamente do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Este Client ID contém &apos;%1&apos;, um carácter que os Client IDs do Zoho não têm. Copie-o novamente do Zoho.</translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation>Foi usado o Client ID %1; o resto foi ignorado.</translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Foi usado o Client ID %1 que vinha depois de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation>Foi usado como Client ID o valor de %1 caracteres; o resto foi ignorado.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Foi usado como Client ID o valor de %1 caracteres que vinha depois de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation>Foi usado o valor de %1 caracteres que vinha depois de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation>Foi usado o valor de %1 caracteres que parece um Client Secret; o resto foi ignorado.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation>Foi usado como Client Secret o valor de %1 caracteres que vinha depois de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation>Foram juntados %1 pedaços de texto num só valor de %2 caracteres.</translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation>Letras ou algarismos largos (de largura total) foram convertidos em normais.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation>
            <numerusform>Foi removido %n carácter de controlo invisível.</numerusform>
            <numerusform>Foram removidos %n caracteres de controlo invisíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation>Isto contém %1 Client IDs diferentes: %2. Cole apenas o do cliente que criou para o Optiply.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation>Isto é um código temporário que o Zoho criou para um único início de sessão, não o Client ID. Copie o Client ID do separador Client Secret do seu cliente na API Console.</translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation>Os Client IDs do Zoho costumam ter só letras maiúsculas, mas este tem minúsculas. Se o escreveu à mão, copie-o do Zoho.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation>Isto é um código temporário que o Zoho criou para um único início de sessão, não o Client Secret. Copie o Client Secret do separador Client Secret do seu cliente na API Console.</translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation>Isto contém %1 valores diferentes que podem ser o Client Secret. Cole apenas o do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation>Há algo colado ao fim deste segredo: mais %1 caracteres depois de %2 dígitos hexadecimais. Copie apenas o segredo do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation>Isto contém vários pedaços de texto e nenhum parece um Client Secret. Cole apenas o segredo do separador Client Secret do Zoho.</translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation>Estes são os pontos que o Zoho mostra enquanto o segredo está oculto. No separador Client Secret do Zoho, mostre primeiro o segredo e depois copie-o.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n broken character(s) that are not text.</source>
        <translation>
            <numerusform>Foi removido %n carácter danificado que não é texto.</numerusform>
            <numerusform>Foram removidos %n caracteres danificados que não são texto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation>&amp;Trocar os dois campos</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation>Cole o Client ID e o Client Secret</translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation>Copie cada valor do separador Client Secret do Zoho e cole-o aqui. Espaços, quebras de linha e etiquetas que venham junto são removidos automaticamente.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Mostrar o Client Secret</translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation>Mostrar ou ocultar o segredo. Oculte-o enquanto partilha o ecrã.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Ocultar o Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>Client S&amp;ecret:</translation>
    </message>
    <message>
        <source>Illustration: the Client ID and the Client Secret on Zoho&apos;s Client Secret tab</source>
        <translation>Ilustração: o Client ID e o Client Secret no separador Client Secret do Zoho</translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation>Os últimos quatro caracteres do segredo e um pequeno código de verificação. O suporte pode compará-lo sem que ninguém leia o segredo em voz alta.</translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation>Limpar o Client ID</translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation>Limpar o Client Secret</translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation>Para o suporte: o segredo termina em %1</translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation>Para continuar, clique em “Trocar os dois campos”.</translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation>Para continuar, cole o Client ID.</translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation>Para continuar, cole o Client Secret.</translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation>Para continuar, corrija o valor assinalado acima: copie-o novamente do Zoho e cole-o.</translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation>Cole novamente o Client Secret, copiado do Zoho.</translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation>Cole novamente o Client ID, copiado do Zoho.</translation>
    </message>
    <message>
        <source>From the Client Secret tab of your client in Zoho&apos;s API Console. It starts with 1000 and a dot.</source>
        <translation>Do separador Client Secret do seu cliente na API Console do Zoho. Começa por 1000 e um ponto.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arábia Saudita</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a region such as &quot;Europe&quot;, %2 the Zoho domain such as &quot;zoho.eu&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <extracomment>The first choice of the data-center lists: every data center is asked</extracomment>
        <translation>Não sei – procurar por mim</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Done: your Zoho client is ready</source>
        <translation>Concluído: o seu cliente Zoho está pronto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation>&lt;b&gt;Último passo, no Optiply:&lt;/b&gt; abra &lt;b&gt;%1&lt;/b&gt; e cole lá o Client ID e o Client Secret. Depois pode fechar a página do Zoho.</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copiar o &amp;segredo</translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation>Copiar o Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>&amp;Open Optiply&apos;s Integrations Page</source>
        <translation>A&amp;brir a página de integrações do Optiply</translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation>Falta só uma coisa: colar os dois valores no Optiply.</translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation>Abrir a página de integrações do Optiply no navegador</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation>oculto (termina em %1)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation>O Client Secret foi copiado. Cole-o no Optiply.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Não foi possível abrir o navegador. Abra este endereço no navegador: %1</translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking %2 does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60), %2 the label of the wizard&apos;s Finish button</extracomment>
        <translation>O segredo copiado é retirado da área de transferência ao fim de %1 segundos: cole-o no Optiply antes disso. Clicar em %2 não o retira mais cedo.</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>a sua conta Zoho</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved %2.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>O Zoho reconhece o seu cliente no centro de dados &lt;b&gt;%1&lt;/b&gt; e as credenciais estão guardadas %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved %3.</source>
        <extracomment>%3 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>&lt;b&gt;Verificado — ligado como %1.&lt;/b&gt; O seu cliente está no centro de dados %2 do Zoho e as credenciais estão guardadas %3.</translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation>Passo %1 de %2: %3</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation>Ilustração: %1</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation>Não foi possível abrir o navegador. Copie este endereço e abra-o no navegador:</translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation>Endereço da Zoho API Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation>&lt;b&gt;Mantenha a página do Zoho aberta.&lt;/b&gt; Se o segredo se perder antes de ser guardado, abra o cliente na API Console e escolha gerar um novo segredo; não é preciso mudar mais nada.</translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation>Isto abre %2, a consola do centro de dados %1 do Zoho.</translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation>Cole cada valor tal como está, sem espaço nem barra no fim.</translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation>Isto faz-se na API Console do Zoho, no navegador. Volte aqui depois de cada passo.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation>Não foi possível abrir o navegador. Copie o endereço e abra-o no navegador.</translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 and choose your data center, so the console of your own data center opens.</source>
        <extracomment>%1 is a web address, %2 the label of the wizard&apos;s Back button</extracomment>
        <translation>Isto abre %1. Se usa o Zoho noutro endereço, como zoho.eu, clique em %2 e escolha o seu centro de dados, para que se abra a consola do seu próprio centro de dados.</translation>
    </message>
</context>
<context>
    <name>KeychainName</name>
    <message>
        <source>in Windows Credential Manager</source>
        <extracomment>Windows&apos; own name of its store of passwords, as Windows writes it in this language</extracomment>
        <translation>no Gestor de Credenciais do Windows</translation>
    </message>
    <message>
        <source>in the Keychain (Keychain Access)</source>
        <extracomment>macOS&apos; own names: the keychain, and in brackets the app that shows it (&quot;Keychain Access&quot;)</extracomment>
        <translation>no porta-chaves (Acesso a Porta-chaves)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>no porta-chaves deste computador</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation>O Zoho não conhece este Client ID no centro de dados consultado.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation>O endereço de retorno introduzido no Zoho para este cliente não corresponde exatamente ao do assistente.</translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation>O Zoho não permitiu o acesso que o assistente pediu.</translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation>O Zoho teve um problema passageiro do seu lado.</translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation>O Zoho não deu mais detalhes.</translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation>Sessão iniciada no Zoho</translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation>O Zoho respondeu ao assistente de ligação ao Zoho. Pode fechar este separador e voltar ao assistente: ele conclui a verificação e mostra o resultado.</translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation>O Zoho não permitiu o acesso</translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation>O acesso foi recusado na página do Zoho, ou houve demasiadas tentativas de início de sessão em 10 minutos. Feche este separador e volte ao assistente: ele indica o que fazer.</translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation>O Zoho comunicou um problema</translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation>O Zoho respondeu ao início de sessão com &quot;%1&quot;: %2 Feche este separador e volte ao assistente: ele indica o que fazer.</translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation>Não é uma resposta a este início de sessão</translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation>Este endereço no seu computador pertence ao assistente de ligação ao Zoho. O que chegou aqui não é a resposta do Zoho ao início de sessão em curso, por isso nada foi alterado. Para iniciar sessão, use o separador que o assistente abriu ou recomece o início de sessão a partir do assistente.</translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation>Abrir a Zoho API Console</translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation>Adicionar um cliente baseado em servidor</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Preencher os dados</translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation>Criar o cliente</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation>Copiar o Client ID e o Client Secret</translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation>Definições → Integrações → adicionar o Zoho como nova fonte de dados</translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation>Qualquer nome serve; este indica-lhe mais tarde para que serve.</translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation>O Zoho pede um site; o do Optiply serve.</translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1 são os endereços para onde o Zoho o reencaminha depois de aprovar uma ligação (endereços de retorno). O Optiply precisa do primeiro; o segundo fica neste computador e permite a este assistente verificar uma vez, agora, que o seu Client ID e o seu Client Secret funcionam. Introduza os dois, cada um na sua linha (o botão + do Zoho acrescenta a linha do segundo).</translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation>Clique em %1 abaixo. O navegador abre a API Console do Zoho.</translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation>Clique em %1, no canto superior direito. Se nunca adicionou nenhum, o Zoho mostra %2: clique aí.</translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>O Zoho mostra tipos de clientes. Aponte para %1.</translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Clique em %1 nessa opção.</translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: cole o nome.</translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: cole o site.</translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: cole o primeiro endereço.</translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation>Clique em %1 ao lado: o Zoho acrescenta uma segunda linha vazia.</translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation>Cole o segundo endereço na nova linha.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Clique em %1.</translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation>Abra o separador %1.</translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copie o %1 com o símbolo de copiar no fim da linha.</translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copie o %1 da mesma forma.</translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation>A API Console do Zoho é onde se permite que o Optiply se ligue ao seu Zoho.</translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation>Depois de iniciar sessão, a consola mostra as ligações que permitiu até agora.</translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation>Na API Console:</translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation>Colar evita erros de escrita.</translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Verifique o formulário mais uma vez: os dois endereços em %1, cada um na sua linha.</translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation>O Zoho mostra agora o seu novo cliente.</translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation>O Zoho mostra os dados do seu novo cliente.</translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation>Vai colá-los na página seguinte.</translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation>A&amp;brir a Zoho API Console</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The button beside each value to copy</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, click your client, %1, to open it.</source>
        <extracomment>%1 is the client&apos;s name as entered in step 3 (&quot;Optiply&quot;)</extracomment>
        <translation>Na API Console do Zoho, clique no seu cliente, %1, para o abrir.</translation>
    </message>
    <message>
        <source>Click %1 beside %2: Zoho adds an empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button, %2 the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Clique em %1 ao lado de %2: o Zoho acrescenta uma linha vazia.</translation>
    </message>
    <message>
        <source>Paste the address into the new, empty line. The lines above it stay as they are.</source>
        <translation>Cole o endereço na nova linha vazia. As linhas acima ficam como estão.</translation>
    </message>
    <message>
        <source>Add the missing address in Zoho</source>
        <translation>Acrescentar o endereço em falta no Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know %1 yet: add it as one more line.</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>O Zoho ainda não conhece %1: acrescente-o como mais uma linha.</translation>
    </message>
    <message>
        <source>Then click %1 here.</source>
        <extracomment>%1 is the label of the assistant&apos;s button that checks again</extracomment>
        <translation>Depois clique aqui em %1.</translation>
    </message>
    <message>
        <source>On Zoho&apos;s %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation>Na página %1 do Zoho, inicie sessão com a conta Zoho que a sua empresa usa para o Zoho Inventory ou o Zoho Books.</translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its %1 button and paste it into Zoho&apos;s field of the same name:</source>
        <extracomment>%1 is the label of the button beside each value</extracomment>
        <translation>O Zoho mostra um formulário. Copie cada valor abaixo com o botão %1 e cole-o no campo do Zoho com o mesmo nome:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Ligar o Zoho ao Optiply</translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation>Fechar sem guardar o segredo?</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Continuar a trabalhar</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Fechar mesmo assim</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation>Fechar sem guardar o Client Secret?</translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation>O Client Secret que colou ainda não está guardado e o Zoho só o mostra uma vez. Se fechar agora, poderá ter de criar um novo segredo na API Console do Zoho.</translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation>O Zoho reconhece este cliente</translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation>Estas não são credenciais do Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation>O Zoho não conhece este Client ID</translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation>O Client Secret está errado</translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation>O Zoho pede para abrandar</translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation>Não foi possível contactar o Zoho</translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation>A ligação segura ao Zoho falhou</translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation>O Zoho não respondeu a tempo</translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation>O Zoho deu uma resposta inesperada</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation>Copie novamente o Client ID e o Client Secret do separador Client Secret do seu cliente na Zoho API Console.</translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation>O Zoho recebeu demasiados pedidos para este cliente em pouco tempo. Aguarde dez minutos e tente novamente.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation>Verifique se este computador está ligado à internet e se nenhuma firewall ou proxy bloqueia %1. Depois tente novamente.</translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation>Não foi possível proteger a ligação ao Zoho, por isso nada foi enviado. Uma rede empresarial ou um antivírus que inspecione ligações seguras pode causar isto; peça ao seu departamento de informática que deixe este programa aceder diretamente ao Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation>O centro de dados %1 do Zoho não respondeu. Verifique a ligação à internet e tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation>O centro de dados %1 do Zoho respondeu com algo que não é uma resposta do Zoho. Muitas vezes é um problema temporário do Zoho, ou uma página de acesso à rede (Wi-Fi de hotel ou de convidados). Abra uma página web qualquer no navegador para verificar e tente novamente.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation>O início de sessão no Zoho não foi concluído</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation>O centro de dados %1 do Zoho aceitou estas credenciais num início de sessão completo.</translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation>O Zoho não concluiu o início de sessão: o acesso foi recusado na página do Zoho, ou o início de sessão demorou demasiado ou foi iniciado duas vezes. Tente iniciar sessão novamente.</translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Este computador acede à internet através do servidor proxy %1, que pode ser a origem do problema; o seu departamento de informática pode verificá-lo.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation>A ligação ao centro de dados %1 do Zoho foi recusada. Uma firewall ou um programa de segurança neste computador ou nesta rede está provavelmente a bloquear este programa: permita-lhe aceder ao Zoho, ou peça ao seu departamento de informática que o faça, e tente novamente.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation>A ligação ao centro de dados %1 do Zoho foi interrompida antes de chegar a resposta do Zoho. Uma ligação fraca ou instável (Wi-Fi, rede móvel, VPN), ou uma firewall ou programa de segurança que inspecione o tráfego, pode causar isto. Tente novamente; se voltar a acontecer, experimente outra rede.</translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Este computador não conseguiu contactar o centro de dados %1 do Zoho: parece estar sem internet, ou uma VPN ou firewall bloqueia o caminho. Verifique se os sites abrem no navegador e tente novamente.</translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation>Um servidor proxy entre este computador e o Zoho pede um nome de utilizador e uma palavra-passe, e este programa não consegue iniciar sessão num proxy. Peça ao seu departamento de informática que o deixe aceder ao centro de dados %1 do Zoho sem início de sessão no proxy, ou use uma rede sem este proxy.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>O servidor proxy %1, através do qual este computador acede à internet, pede um nome de utilizador e uma palavra-passe, e este programa não consegue iniciar sessão num proxy. Peça ao seu departamento de informática que o deixe aceder ao centro de dados %2 do Zoho sem início de sessão no proxy, ou use uma rede sem este proxy.</translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation>O servidor proxy através do qual este computador acede à internet não ligou este programa ao centro de dados %1 do Zoho: recusou, falhou ou fechou a ligação. Verifique as definições de proxy deste computador ou peça ao seu departamento de informática que deixe este programa aceder ao Zoho.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>O servidor proxy %1, através do qual este computador acede à internet, não ligou este programa ao centro de dados %2 do Zoho: recusou, falhou ou fechou a ligação. Verifique as definições de proxy deste computador ou peça ao seu departamento de informática que deixe este programa aceder ao Zoho.</translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation>A verificação foi interrompida antes de o Zoho responder. Recomece quando estiver pronto.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation>A ligação segura ao Zoho foi respondida com um certificado em que este computador não confia, por isso nada foi enviado. Na maioria dos casos, algo nesta rede ou neste computador interceta as ligações seguras: uma firewall ou proxy da empresa, ou a proteção web de um antivírus. Peça ao seu departamento de informática que deixe este programa aceder ao Zoho sem inspeção, ou experimente outra rede.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>A ligação segura ao Zoho foi respondida com um certificado emitido por &quot;%1&quot;, em que este computador não confia, por isso nada foi enviado. Na maioria dos casos, algo nesta rede ou neste computador interceta as ligações seguras (uma firewall ou proxy da empresa, ou a proteção web de um antivírus) e &quot;%1&quot; é o seu nome. Peça ao seu departamento de informática que deixe este programa aceder ao Zoho sem inspeção, ou experimente outra rede.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation>A ligação segura ao Zoho foi recusada porque o certificado não é válido na data e hora deste computador, por isso nada foi enviado. Normalmente, o relógio deste computador está errado: acerte a data, a hora e o fuso horário e tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>A ligação segura foi respondida com o certificado de outro site, por isso nada foi enviado. Isto acontece com a página de acesso de uma rede Wi-Fi de hotel, de convidados ou pública, ou com uma rede que desvia o tráfego. Abra uma página web qualquer no navegador, inicie sessão na rede ou aceite os termos e tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>A ligação segura foi respondida com o certificado de outro site (emitido por &quot;%1&quot;), por isso nada foi enviado. Isto acontece com a página de acesso de uma rede Wi-Fi de hotel, de convidados ou pública, ou com uma rede que desvia o tráfego. Abra uma página web qualquer no navegador, inicie sessão na rede ou aceite os termos e tente novamente.</translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation>Não foi possível estabelecer uma ligação segura ao centro de dados %1 do Zoho, por isso nada foi enviado. Algo entre este computador e o Zoho, como uma firewall, um proxy ou um programa de segurança, interfere com as ligações seguras. Experimente outra rede ou peça ao seu departamento de informática que deixe este programa aceder diretamente ao Zoho.</translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation>Este programa não consegue estabelecer ligações seguras: o suporte de encriptação (OpenSSL) falta ou não pode ser usado. Reinstale o programa e tente novamente.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation>O centro de dados %1 do Zoho não respondeu a tempo. A ligação pode estar muito lenta, ou uma firewall pode estar a bloqueá-la sem aviso. Verifique a ligação à internet e tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation>O centro de dados %1 do Zoho tem um problema do seu lado: respondeu com um erro de servidor. Normalmente é temporário e não diz nada sobre as suas credenciais. Tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation>Em vez da resposta do Zoho, chegou uma página web: normalmente a página de acesso de uma rede Wi-Fi de hotel, de convidados ou pública, ou o aviso de um filtro web da empresa. Abra uma página web qualquer no navegador, inicie sessão na rede ou aceite os termos e tente novamente. Se a página disser que o Zoho está bloqueado, fale com o seu departamento de informática.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation>O centro de dados %1 do Zoho respondeu com algo que não é uma resposta do Zoho. Normalmente é um problema passageiro do Zoho, ou um proxy ou programa de segurança que altera a resposta. Tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>Em vez de responder, o servidor reencaminhou este programa para um endereço sem encriptação (http://). O programa não foi para lá, por isso nada foi enviado. Isto acontece com a página de acesso de uma rede Wi-Fi de hotel, de convidados ou pública, ou com um proxy mal configurado. Abra uma página web qualquer no navegador, inicie sessão na rede ou aceite os termos e tente novamente.</translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation>Em vez de responder, o centro de dados %1 do Zoho reencaminhou este programa para outro endereço. O programa não foi para lá: as credenciais só vão para o servidor de contas do Zoho. Verifique se está escolhido o centro de dados certo e, se introduziu manualmente um endereço de servidor de contas, se está correto. Depois tente novamente.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation>O centro de dados %1 do Zoho respondeu, mas com algo que este programa não conhece. Tente novamente mais tarde; se continuar a acontecer, contacte o suporte do Optiply e mencione os detalhes técnicos.</translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation>O Zoho está a recusar mais pedidos para este cliente por agora: recebeu demasiados pedidos em pouco tempo. Aguarde dez minutos e tente novamente.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation>O endereço de retorno introduzido no Zoho não corresponde</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation>O centro de dados %1 do Zoho reconhece este cliente. Só um início de sessão no Zoho comprova que o Client Secret também está certo.</translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation>O Zoho encontrou o cliente no centro de dados %1, mas o Client Secret não corresponde. Copie-o novamente do separador Client Secret do seu cliente na API Console do Zoho. Só gere um novo segredo se for mesmo necessário: todas as integrações que usam o segredo atual deixam de funcionar até receberem o novo.</translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Não foi possível contactar nenhum dos centros de dados do Zoho a partir deste computador. Parece estar sem internet, ou uma firewall, um proxy ou uma VPN bloqueia o caminho. Verifique se os sites abrem no navegador e tente novamente.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation>Não foi possível encontrar o centro de dados %1 do Zoho a partir deste computador. Provavelmente está sem internet ou a ligação à internet não funciona bem. Verifique se os sites abrem no navegador e tente novamente.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation>O centro de dados %1 do Zoho enviou uma resposta muito maior do que qualquer resposta do Zoho, por isso este programa não a leu. Algo entre este computador e o Zoho, como um proxy ou programa de segurança, pode estar a alterar a resposta. Tente novamente mais tarde ou noutra rede.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation>A resposta do Zoho diz que a sua conta Zoho está em %1, um endereço do Zoho que este programa não conhece, por isso parou aí: nada foi enviado para esse endereço. Contacte o suporte do Optiply e mencione-o.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation>O centro de dados %1 do Zoho aceitou estas credenciais num início de sessão completo, mas não foi possível remover novamente do Zoho este início de sessão de teste. Continua válido até ser removido e conta para o limite do Zoho de 20 inícios de sessão deste tipo para este cliente. Remova-o nas definições da sua conta Zoho (Zoho Accounts), em Sessions, Connected Apps.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;%2&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <extracomment>%1 is a data center, %2 the list&apos;s choice that asks them all (&quot;I don&apos;t know – find it for me&quot;)</extracomment>
        <translation>O centro de dados %1 do Zoho não tem nenhum cliente com este ID. Verifique se escolheu o centro de dados onde está a sua conta Zoho (o endereço onde inicia sessão, como zoho.eu ou zoho.com), ou escolha &quot;%2&quot; para que todos os centros de dados sejam consultados. Depois verifique se o Client ID foi copiado por inteiro.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished. Start it again when you are ready.</source>
        <translation>A verificação foi interrompida antes de terminar. Recomece quando estiver pronto.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer did not reach the assistant: while it waited, another program on this computer opened many connections to the address the answer comes to. Try again; after you click Accept, copy the whole address from your browser&apos;s address bar and paste it into the assistant.</source>
        <translation>A resposta da Zoho não chegou ao assistente: enquanto esperava, outro programa deste computador abriu muitas ligações para o endereço onde chega a resposta. Tente novamente; depois de clicar em Accept, copie o endereço completo da barra de endereço do navegador e cole-o no assistente.</translation>
    </message>
    <message>
        <source>Zoho did not allow access: Reject was clicked on Zoho&apos;s page, or the page was left another way. Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>O Zoho não permitiu o acesso: foi clicado Reject na página do Zoho, ou a página foi abandonada de outra forma. Inicie sessão novamente e clique em Accept na página do Zoho.</translation>
    </message>
    <message>
        <source>Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones for a while. Wait 10 minutes, then sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>O Zoho voltou a não permitir o acesso. Depois de vários inícios de sessão em 10 minutos, o Zoho recusa novos durante algum tempo. Aguarde 10 minutos, inicie sessão novamente e clique em Accept na página do Zoho.</translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.</source>
        <translation>O cliente existe no centro de dados %1 do Zoho, mas os endereços de retorno que introduziu no Zoho (Authorized Redirect URIs) não correspondem exatamente a %2. Abra o cliente na API Console, introduza os endereços exatamente como aparecem no passo 3 (sem espaço nem barra no fim) e clique em %3.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time: the page was closed, or left open without clicking Accept. Most often Zoho&apos;s page showed &quot;Invalid Redirect Uri&quot;: then %1 is missing from the Authorized Redirect URIs of your client in Zoho&apos;s API Console. Add it there, click %2, then sign in again.</source>
        <extracomment>%1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>O início de sessão não foi concluído a tempo no navegador: a página foi fechada ou deixada aberta sem clicar em Accept. Na maioria dos casos, a página do Zoho mostrou &quot;Invalid Redirect Uri&quot;: nesse caso, falta %1 nos Authorized Redirect URIs do seu cliente na API Console do Zoho. Acrescente-o lá, clique em %2 e inicie sessão novamente.</translation>
    </message>
</context>
<context>
    <name>QtButtonWords</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Não</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation>Não há credenciais do Zoho guardadas neste computador.</translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation>As credenciais não foram guardadas; nada foi escrito no disco.</translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation>Não foi possível ler as credenciais guardadas.</translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation>As credenciais guardadas não foram removidas.</translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>Este computador não tem nenhum porta-chaves que este programa possa usar. %1 Instale e inicie um Secret Service (GNOME Keyring ou KWallet) na sua sessão de ambiente de trabalho e tente novamente.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation>O acesso ao porta-chaves foi recusado. %1 Tente novamente e permita o acesso quando o sistema o pedir.</translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation>O porta-chaves está bloqueado. %1 Desbloqueie-o (no Linux: em Palavras-passe e chaves, ou voltando a iniciar sessão) e tente novamente.</translation>
    </message>
    <message>
        <source>Nothing could be kept or read %2. %1 Restart the computer and try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Não foi possível guardar nem ler nada %2. %1 Reinicie o computador e tente novamente.</translation>
    </message>
    <message>
        <source>The credentials are too long to be kept %2 (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>As credenciais são demasiado longas para serem guardadas %2 (no máximo %1 bytes). Verifique se foram colados apenas o Client ID e o Client Secret.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>A entrada deste programa %1 não pode ser lida. Remova-a com &quot;zoho-onboarding forget&quot; e guarde novamente as credenciais.</translation>
    </message>
    <message>
        <source>What was saved %1 did not come back the same. Try again; if it keeps happening, restart the computer.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>O que foi guardado %1 não foi devolvido igual. Tente novamente; se continuar a acontecer, reinicie o computador.</translation>
    </message>
    <message>
        <source>Something went wrong %2. %1 Try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Ocorreu um problema %2. %1 Tente novamente.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>Copiar o Client &amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copiar o &amp;segredo</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Verificar novam&amp;ente</translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation>A sua ligação ao Zoho está configurada</translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation>Este computador guarda o Client ID e o Client Secret que criou para o Optiply.</translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation>Copiar o Client ID para o Optiply</translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation>Copiar o Client Secret para o Optiply</translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation>Verifica com o Zoho, com um início de sessão, se as credenciais guardadas ainda funcionam.</translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation>Guia-o na criação de um novo cliente no Zoho; o cliente guardado mantém-se até o novo ser guardado.</translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation>Remove as credenciais deste computador. O Zoho e o Optiply não são alterados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation>&lt;b&gt;Para o Optiply:&lt;/b&gt; copie cada valor e cole-o no Optiply.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outras opções:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation>Verificado como %1 em %2.</translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Guardado em %1. O Zoho reconheceu o cliente; não foi feito nenhum início de sessão com ele.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code</extracomment>
        <translation>oculto (termina em %1)</translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation>Centro de dados do Zoho:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation>O Client ID foi copiado.</translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation>O Client Secret foi copiado. É retirado da área de transferência ao fim de %1 segundos.</translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation>Esquecer as credenciais guardadas?</translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation>São removidas deste computador. O cliente no Zoho e a ligação no Optiply ficam como estão.</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>R&amp;eplace with New Credentials</source>
        <translation>S&amp;ubstituir por novas credenciais</translation>
    </message>
    <message>
        <source>For&amp;get These Credentials</source>
        <translation>Es&amp;quecer estas credenciais</translation>
    </message>
    <message>
        <source>Stored credentials: %1</source>
        <extracomment>%1 is the list of what is stored (Client ID, data center, when)</extracomment>
        <translation>Credenciais guardadas: %1</translation>
    </message>
</context>
<context>
    <name>SupportDetailsView</name>
    <message>
        <source>For support, in English:</source>
        <extracomment>Heading over technical lines that stay in English (Zoho&apos;s error codes); say that they do</extracomment>
        <translation>Para o suporte, em inglês:</translation>
    </message>
    <message>
        <source>For support, in English: %1</source>
        <extracomment>%1 is the technical lines themselves, in English</extracomment>
        <translation>Para o suporte, em inglês: %1</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>none: direct connection</source>
        <translation>nenhum: ligação direta</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <extracomment>%1 is an environment variable such as https_proxy</extracomment>
        <translation>da variável de ambiente %1</translation>
    </message>
    <message>
        <source>from the system&apos;s proxy settings</source>
        <translation>das definições de proxy do sistema</translation>
    </message>
    <message>
        <source>set by this program</source>
        <translation>definido por este programa</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>Zoho onboarding assistant: report for support</source>
        <translation>Assistente de ligação ao Zoho: relatório para o suporte</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referência: %1</translation>
    </message>
    <message>
        <source>Made at: %1</source>
        <translation>Gerado em: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistente: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado com %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Porta-chaves</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Works: a test item was written, read back and deleted.</source>
        <translation>Funciona: um item de teste foi escrito, lido de volta e eliminado.</translation>
    </message>
    <message>
        <source>DOES NOT WORK: written %1, read back %2, deleted %3.</source>
        <translation>NÃO FUNCIONA: escrito %1, lido de volta %2, eliminado %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erro (%1): %2</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>None entered or stored.</source>
        <translation>Nenhuma credencial introduzida nem guardada.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardadas no porta-chaves</translation>
    </message>
    <message>
        <source>Entered in the assistant</source>
        <translation>Introduzidas no assistente</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Impressão digital do segredo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>não há</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centro de dados: %1</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nenhuma ainda.</translation>
    </message>
    <message>
        <source>When: %1 (reference %2)</source>
        <translation>Quando: %1 (referência %2)</translation>
    </message>
    <message>
        <source>Step: %1, data center: %2</source>
        <translation>Passo: %1, centro de dados: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Status: %1, cause: %2, Zoho error: %3</source>
        <translation>Estado: %1, causa: %2, erro do Zoho: %3</translation>
    </message>
    <message>
        <source>Accounts servers</source>
        <translation>Servidores de contas</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Nenhum verificado.</translation>
    </message>
    <message>
        <source>, overridden</source>
        <translation>, substituído</translation>
    </message>
    <message>
        <source>, through proxy %1</source>
        <translation>, através do proxy %1</translation>
    </message>
    <message>
        <source>Verdict: reachable.</source>
        <translation>Conclusão: acessível.</translation>
    </message>
    <message>
        <source>Verdict: %1 %2: %3</source>
        <extracomment>%1 is a step such as &quot;Name lookup&quot;, %2 a sentence</extracomment>
        <translation>Conclusão: %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Ficheiros de registo: %1</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>não escritos</translation>
    </message>
    <message>
        <source>This report holds no Client Secret, grant code or token.</source>
        <translation>Este relatório não contém nenhum Client Secret, código de autorização nem token.</translation>
    </message>
</context>
<context>
    <name>SupportReportWidget</name>
    <message>
        <source>Copy &amp;report for support</source>
        <translation>Copiar &amp;relatório para o suporte</translation>
    </message>
    <message>
        <source>Copy report for support</source>
        <translation>Copiar relatório para o suporte</translation>
    </message>
    <message>
        <source>Checks the connection to Zoho and the keychain, then copies a report for support to the clipboard. It holds no Client Secret.</source>
        <translation>Verifica a ligação ao Zoho e o porta-chaves e depois copia um relatório para o suporte para a área de transferência. Não contém nenhum Client Secret.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <extracomment>%1 is a six-character code such as K7QF3M that the customer reads out to support</extracomment>
        <translation>A sua referência: %1</translation>
    </message>
    <message>
        <source>Your reference for support: %1</source>
        <translation>A sua referência para o suporte: %1</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>A verificar a ligação…</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <extracomment>Shown for a few seconds after the report was put on the clipboard</extracomment>
        <translation>Copiado: cole-o na sua mensagem para o suporte.</translation>
    </message>
</context>
<context>
    <name>VerificationFlow</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation>O Zoho reconhece o seu cliente no centro de dados %1</translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation>Verificado — ligado como %1</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>a sua conta Zoho</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then bring the address your browser lands on back here: another program is using the port the assistant receives Zoho&apos;s answer on. The test sign-in is removed from your Zoho account right after.</source>
        <translation>A página de início de sessão do Zoho abre-se no navegador. Inicie sessão com a sua conta Zoho, clique em Accept e traga para aqui o endereço a que o navegador chega: outro programa está a usar a porta em que o assistente recebe a resposta do Zoho. O início de sessão de teste é removido da sua conta Zoho logo a seguir.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation>A página de início de sessão do Zoho abre-se no navegador. Inicie sessão com a sua conta Zoho e clique em Accept: o assistente recebe então a resposta do Zoho automaticamente. O início de sessão de teste é removido da sua conta Zoho logo a seguir.</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation>Este cliente está ativo em vários centros de dados (%1).</translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation>A consultar o centro de dados %1 do Zoho…</translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation>A perguntar a todos os centros de dados do Zoho onde está o seu cliente…</translation>
    </message>
    <message>
        <source>Zoho does not know the sign-in&apos;s return address yet</source>
        <translation>O Zoho ainda não conhece o endereço de retorno do início de sessão</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation>O Zoho reconhece o seu cliente no centro de dados %1. Agora inicie sessão uma vez.</translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation>Substituir as credenciais guardadas?</translation>
    </message>
    <message>
        <source>Not saved: another save came first</source>
        <translation>Não guardado: outra gravação chegou primeiro</translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation>As suas credenciais estão corretas, mas não foi possível guardá-las</translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation>Não guardado: as credenciais guardadas foram mantidas</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation>Não foi possível remover do Zoho o início de sessão de teste. Expira sozinho dentro de uma hora.</translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation>O início de sessão de teste foi novamente removido do Zoho.</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Isto demora alguns segundos.</translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation>O Zoho não conhece o endereço para onde o deve reencaminhar depois de aprovar: falta a segunda linha de Authorized Redirect URIs do passo 3. Acrescente-a como se mostra abaixo e inicie sessão novamente.</translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation>Este computador já guarda credenciais do Zoho: Client ID %1, guardadas em %2. Substituí-las pelas que acabou de verificar?</translation>
    </message>
    <message>
        <source>While these credentials were being saved, another save of Zoho credentials (Client ID %1) finished at the same time, and those are the ones this computer keeps now. Nothing is wrong with the keychain: save again to keep these instead.</source>
        <extracomment>%1 is a masked Client ID such as 1000.GMB0…EX0</extracomment>
        <translation>Enquanto estas credenciais eram guardadas, terminou ao mesmo tempo outra gravação de credenciais do Zoho (Client ID %1), e são essas que este computador guarda agora. O porta-chaves não tem nenhum problema: guarde novamente para manter estas.</translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked are not saved.</source>
        <translation>Este computador continua a guardar as credenciais do Zoho anteriores (Client ID %1). As que acabou de verificar não foram guardadas.</translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation>Sem o início de sessão, o secret só fica comprovado quando o Optiply se ligar.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in could not be removed from Zoho.</source>
        <translation>Interrompido: não foi possível remover do Zoho o início de sessão de teste.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in was removed from Zoho.</source>
        <translation>Interrompido: o início de sessão de teste foi removido do Zoho.</translation>
    </message>
    <message>
        <source>Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.</source>
        <translation>Interrompido antes de o Zoho emitir alguma coisa: não ficou nada na sua conta Zoho.</translation>
    </message>
    <message>
        <source>Saving the credentials %1…</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>A guardar as credenciais %1…</translation>
    </message>
    <message>
        <source>Your credentials are saved %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>As suas credenciais estão guardadas %1.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept. Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address your browser lands on back here. The test sign-in is removed from your Zoho account right after.</source>
        <translation>A página de início de sessão do Zoho abre-se no navegador. Inicie sessão com a sua conta Zoho e clique em Accept. Outro programa neste computador está a inundar a porta em que o assistente recebe a resposta do Zoho, por isso a resposta pode não chegar sozinha: se nada acontecer depois de Accept, traga para aqui o endereço a que o navegador chega. O início de sessão de teste é removido da sua conta Zoho logo a seguir.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center knows your client, but not the address its sign-in returns to: %2 is missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho&apos;s API Console, click %3, then check again.</source>
        <extracomment>%1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>O centro de dados %1 do Zoho conhece o seu cliente, mas não o endereço para onde o início de sessão regressa: falta %2 nos Authorized Redirect URIs (a segunda linha do passo 3). Acrescente-o na API Console do Zoho, clique em %3 e verifique novamente.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation>A verificar com o Zoho</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>A trabalhar</translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation>O seu Client Secret, &amp;mantido aqui até ser guardado:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Verificar novam&amp;ente</translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation>&amp;Tentar guardar novamente</translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation>A&amp;brir novamente a página de início de sessão</translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation>Endereço do navegador</translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation>Re&amp;começar o início de sessão</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>&amp;Iniciar sessão novamente</translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation>Não foi possível abrir o navegador. O endereço da página de início de sessão do Zoho está agora na área de transferência: cole-o na barra de endereço do navegador.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation>&amp;Manter as antigas</translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation>Verificar &amp;lá</translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation>Endereço para onde o Zoho o reencaminha</translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation>O Zoho já reconheceu o cliente. Sem o início de sessão, o segredo só fica totalmente comprovado quando o Optiply se ligar.</translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation>Client Secret, ainda não guardado</translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation>Mostrar o Client Secret não guardado</translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation>Copiar o Client Secret não guardado</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation>O Client Secret foi copiado.</translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation>Centro de dados do Zoho a verificar</translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation>&amp;Qual é o centro de dados do Zoho?</translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation>Ainda não está ligado: falta corrigir uma coisa</translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation>Verificado, mas ainda não guardado</translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation>Verificado e guardado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation>Colar &amp;novamente o segredo</translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation>Colar &amp;novamente o Client ID</translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation>Escolher outro centro de &amp;dados</translation>
    </message>
    <message>
        <source>Sa&amp;ve Without Signing In</source>
        <translation>&amp;Guardar sem iniciar sessão</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole address from its address bar and paste it &amp;here.</source>
        <translation>Outro programa neste computador está a atrapalhar, por isso o assistente não consegue receber a resposta do Zoho automaticamente. Depois de clicar em Accept na página do Zoho, o navegador mostra um erro ou a página de outro programa: copie o endereço completo da barra de endereço e cole-o aq&amp;ui.</translation>
    </message>
    <message>
        <source>Add the &amp;Missing Address in Zoho</source>
        <translation>Adicionar o endereço em &amp;falta no Zoho</translation>
    </message>
    <message>
        <source>&amp;Wait Ten Minutes, Then Check Again</source>
        <translation>Esperar de&amp;z minutos e verificar de novo</translation>
    </message>
    <message>
        <source>Checking again in %1</source>
        <extracomment>%1 is the time left, in minutes and seconds, such as 9:59</extracomment>
        <translation>Nova verificação dentro de %1</translation>
    </message>
    <message>
        <source>&amp;Replace Them After All</source>
        <translation>&amp;Substituir mesmo assim</translation>
    </message>
    <message>
        <source>Click Next to go on with them, or replace them after all. The new secret stays below until you close the assistant: copy it if you want to keep it.</source>
        <translation>Clique em Seguinte para continuar com elas, ou substitua-as mesmo assim. O novo segredo fica abaixo até fechar o assistente: copie-o se o quiser guardar.</translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>O assistente pergunta ao Zoho se conhece o seu cliente, inicia sessão uma vez para comprovar as credenciais e guarda-as %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself. If nothing happens after you click Accept on Zoho&apos;s page, copy the whole address from your browser&apos;s address bar and paste it &amp;here.</source>
        <translation>Outro programa neste computador está a inundar a porta em que o assistente recebe a resposta do Zoho, por isso a resposta pode não chegar sozinha. Se nada acontecer depois de clicar em Accept na página do Zoho, copie o endereço completo da barra de endereço do navegador e cole-o aq&amp;ui.</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Ilustração: %1</translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click &lt;b&gt;%1&lt;/b&gt;, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation>Se o navegador mostrar &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: falta a segunda linha de &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; do passo 3 (o endereço de retorno para onde o Zoho o reencaminha depois de aprovar). Abra o seu cliente na API Console do Zoho, adicione-a, clique em &lt;b&gt;%1&lt;/b&gt; e inicie sessão novamente.&lt;br&gt;Se mostrar &lt;b&gt;Invalid Client&lt;/b&gt;: o Zoho iniciou a sua sessão noutra região que não a do cliente. Termine a sessão do Zoho no navegador e recomece o início de sessão.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation>Ligue o seu Zoho ao Optiply</translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation>Cerca de dez minutos. Precisa da conta Zoho que a sua empresa usa para o Zoho Inventory ou o Zoho Books.</translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation>Ilustração: o Zoho e o Optiply, ligados</translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation>Centro de dados do Zoho</translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation>&amp;Onde está a sua conta Zoho?</translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation>Veja a barra de endereço quando usa o Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; significa Europa, &lt;b&gt;zoho.com&lt;/b&gt; Estados Unidos, &lt;b&gt;zoho.in&lt;/b&gt; Índia, e assim por diante.</translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation>A definição do servidor de contas foi ignorada: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the assistant</source>
        <translation>Idioma do assistente</translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>O Optiply lê o seu stock e as suas encomendas do Zoho através de uma chave privada que cria no Zoho: um &lt;b&gt;Client ID&lt;/b&gt; e um &lt;b&gt;Client Secret&lt;/b&gt;. Este assistente mostra-lhe cada clique no Zoho, dá-lhe os valores exatos a colar, verifica a chave com o Zoho e guarda-a em segurança %1.</translation>
    </message>
    <message>
        <source>The entry for this assistant %1 is damaged or was not written by it, so it is not used. Saving new credentials here replaces it.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>A entrada deste assistente %1 está danificada ou não foi escrita por ele, por isso não é usada. Guardar aqui novas credenciais substitui-a.</translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation>Este não é o endereço para onde o Zoho enviou o navegador. Depois de permitir o acesso na página do Zoho, copie o endereço completo da barra de endereço do navegador: contém &quot;code=&quot; e &quot;state=&quot;.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation>Este endereço pertence a outra tentativa de início de sessão. Use o endereço do início de sessão que acabou de fazer.</translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation>O início de sessão já não está à espera da resposta do Zoho. Recomece-o.</translation>
    </message>
</context>
</TS>
