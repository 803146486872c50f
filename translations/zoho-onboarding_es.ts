<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation>Acerca de Conectar Zoho con Optiply</translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation>Icono de Optiply y Zoho</translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Conectar Zoho con Optiply</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation>Compilado con Qt %1, se ejecuta con Qt %2, en %3.</translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation>© Optiply B.V.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copiar los detalles de la versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Copiado. Pégalo en tu mensaje para el soporte.</translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Crea el cliente de la API de Zoho que necesita Optiply, lo comprueba con Zoho y lo guarda %1.</translation>
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
        <translation>se esperaban pares CODE=URL separados por comas, como &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>&quot;%1&quot; no es CODE=URL, como &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation>&quot;%1&quot; no es un centro de datos de Zoho; los códigos conocidos son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation>&quot;%1&quot; no es una dirección web con un nombre de host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation>&quot;%1&quot; debe ser una dirección de servidor simple, sin nombre de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>&quot;%1&quot; usa http sin cifrar, que solo se permite en este equipo (127.0.0.1, ::1 o localhost); usa https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>&quot;%1&quot; debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Imprime un único objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation>El centro de datos de Zoho: %1, o auto para preguntar a todos (predeterminado).</translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation>Usa URL como servidor de cuentas del centro de datos usado, o CODE=URL para ese centro de datos (se puede repetir).</translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation>Con store: guarda las credenciales sin preguntar antes a Zoho.</translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation>Segundos de espera para Zoho (predeterminado: 15).</translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation>Indica un comando: %1.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Ejecuta &quot;%1 --help&quot; para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation>&quot;%1&quot; no es un centro de datos de Zoho; usa uno de %2, o auto.</translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation>--accounts-server URL necesita --data-center CODE; con auto, escribe CODE=URL.</translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client ID: </translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation>Client Secret (no se muestra): </translation>
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
        <translation>Este cliente está habilitado en varios centros de datos: %1.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Centro de datos: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout admite un número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation>No se indicó ningún Client ID (primera línea).</translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation>No se indicó ningún Client Secret (segunda línea).</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Huella del secreto: %1</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centro de datos: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation>Fecha de guardado: %1</translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation>No hay credenciales de Zoho guardadas.</translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation>Se eliminaron las credenciales de Zoho guardadas.</translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation>No había credenciales de Zoho guardadas.</translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation>Con verify: imprime la dirección de la página de inicio de sesión de Zoho en lugar de abrirla.</translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Con verify: segundos de espera para el inicio de sesión en el navegador (predeterminado: 300).</translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation>Ya hay otras credenciales de Zoho guardadas (Client ID %1, guardadas el %2).</translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation>¿Reemplazarlas? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation>No se cambió nada; añade --replace para reemplazarlas.</translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--consent-timeout admite un número de segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation>Abre esta dirección en un navegador, inicia sesión en Zoho y haz clic en Accept:</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation>La página de inicio de sesión de Zoho está abierta en tu navegador: inicia sesión y haz clic en Accept.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Otro programa está usando el puerto %1 de este equipo, así que la respuesta de Zoho no puede llegar sola. Después de hacer clic en Accept, copia la dirección completa de la barra de direcciones del navegador e introdúcela aquí.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Dirección: </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Otro programa está usando el puerto %1 de este equipo, así que la respuesta de Zoho no puede llegar. Cierra ese programa o ejecuta verify en una terminal, donde puedes pegar la dirección a la que llega el navegador.</translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation>En la Zoho API Console, haz clic en ADD CLIENT y luego en CREATE NOW, en Server-based Applications, e introduce:</translation>
    </message>
    <message>
        <source>values, check, verify, store, status, forget or diagnose</source>
        <translation>values, check, verify, store, status, forget o diagnose</translation>
    </message>
    <message>
        <source>Write debug lines to the log file too (secrets are always masked).</source>
        <translation>Escribe también líneas de depuración en el archivo de registro (los secretos siempre se ocultan).</translation>
    </message>
    <message>
        <source>Checking the keychain and one accounts server…</source>
        <translation>Comprobando el llavero y un servidor de cuentas…</translation>
    </message>
    <message>
        <source>Checking the keychain and %1 accounts servers…</source>
        <translation>Comprobando el llavero y %1 servidores de cuentas…</translation>
    </message>
    <message>
        <source>The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.</source>
        <translation>La entrada es demasiado larga: lo que pegues puede tener como máximo %1 KiB. No se ha usado nada de ella.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1 minutes.</source>
        <translation>No se ha introducido nada durante %1 minutos.</translation>
    </message>
    <message>
        <source>With store and verify --store: replace other credentials stored before (a terminal asks instead).</source>
        <translation>Con store y verify --store: reemplaza otras credenciales guardadas antes (en un terminal se pregunta).</translation>
    </message>
    <message>
        <source>Stopping: whatever Zoho issued is removed first…</source>
        <translation>Deteniendo: primero se elimina lo que Zoho haya emitido…</translation>
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
        <translation>Te ayuda a conectar Optiply con Zoho: muestra qué introducir en la API Console de Zoho, comprueba el Client ID y el Client Secret con Zoho y los guarda %1.

Sin un comando, se abre la ventana del asistente.

Comandos:
  values   Qué introducir en el formulario de registro de clientes de Zoho.
  check    Lee el Client ID y el Client Secret de la entrada estándar y se los consulta a Zoho.
  verify   Los comprueba y luego inicia sesión en Zoho una vez en el navegador para confirmarlos (--store: luego las guarda).
  store    Los comprueba como `check` y luego los guarda %1.
  status   Indica si hay credenciales guardadas (el secreto nunca se muestra).
  forget   Elimina las credenciales guardadas.
  diagnose Un informe para soporte: versiones, llavero, proxy y cada servidor de cuentas paso a paso (resolución del nombre, conexión, TLS, HTTP, reloj). Nunca contiene un secreto.</translation>
    </message>
    <message>
        <source>With verify: after the sign-in, keep the credentials %1, as the wizard does.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Con verify: después del inicio de sesión, guarda las credenciales %1, como hace el asistente.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 was damaged or not written by it; it is replaced.</source>
        <translation>La entrada de este programa %1 estaba dañada o no la escribió este programa; se reemplaza.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Zoho credentials are stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Las credenciales de Zoho están guardadas %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so the sign-in may not finish. If it does not, close that program and try again, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Otro programa de este equipo está inundando el puerto %1, al que llega la respuesta de Zoho, así que puede que el inicio de sesión no termine. Si no termina, cierra ese programa y vuelve a intentarlo, o ejecuta verify en una terminal, donde puedes pegar la dirección a la que llega el navegador.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so it may not arrive by itself. If nothing happens after you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Otro programa de este equipo está inundando el puerto %1, al que llega la respuesta de Zoho, así que puede que no llegue sola. Si no pasa nada después de hacer clic en Accept, copia la dirección completa de la barra de direcciones del navegador e introdúcela aquí.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Not tried: a step before failed.</source>
        <translation>No se intentó: falló un paso anterior.</translation>
    </message>
    <message>
        <source>No answer in time (%1 s).</source>
        <translation>Sin respuesta a tiempo (%1 s).</translation>
    </message>
    <message>
        <source>The proxy setting names no host that can be looked up, so nothing reaches %1: check the proxy settings.</source>
        <translation>La configuración del proxy no indica ningún servidor cuyo nombre se pueda resolver, así que nada llega a %1: revisa la configuración del proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 is an address: nothing to look up here; %2 is looked up by the proxy.</source>
        <translation>El proxy %1 es una dirección: aquí no hay nada que resolver; el proxy resuelve %2.</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 es una dirección: no hay nada que resolver.</translation>
    </message>
    <message>
        <source>The name of the proxy %1 could not be looked up (%2), so nothing reaches %3: check the proxy settings.</source>
        <translation>No se pudo resolver el nombre del proxy %1 (%2), así que nada llega a %3: revisa la configuración del proxy.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2): no network, a DNS problem, or a filter that blocks it.</source>
        <translation>No se pudo resolver el nombre %1 (%2): no hay red, hay un problema de DNS o un filtro lo bloquea.</translation>
    </message>
    <message>
        <source>Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, not by this computer.</source>
        <translation>El proxy %1 está en %2; a través de un proxy, quien resuelve %3 es el proxy, no este equipo.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 está en %2.</translation>
    </message>
    <message>
        <source>Connected to %1 through the proxy %2.</source>
        <translation>Conectado a %1 a través del proxy %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Conectado a %1 (%2).</translation>
    </message>
    <message>
        <source>Plain HTTP (allowed for a test server on this computer only): no TLS.</source>
        <translation>HTTP sin cifrar (solo se permite para un servidor de prueba en este equipo): sin TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 rechazó la conexión: no hay nada escuchando ahí o un firewall la bloquea.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2).</source>
        <translation>No se pudo resolver el nombre %1 (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2 (%3).</source>
        <translation>El proxy %1 se negó a conectarse a %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>No se encontró el proxy %1 (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The proxy %1 failed the connection to %2 (%3).</source>
        <translation>El proxy %1 no pudo establecer la conexión con %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network (%2).</source>
        <translation>No se puede llegar a %1 desde esta red (%2).</translation>
    </message>
    <message>
        <source>%1 closed the connection at once (%2).</source>
        <translation>%1 cerró la conexión de inmediato (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>No se pudo conectar a %1: %2.</translation>
    </message>
    <message>
        <source>%1; certificate for %2 issued by “%3”, valid until %4.</source>
        <translation>%1; certificado para %2 emitido por “%3”, válido hasta %4.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2 to %3, and this computer&apos;s clock says %4: when the clock is wrong, secure connections fail.</source>
        <translation>El certificado de %1 es válido del %2 al %3, y el reloj de este equipo marca %4: si el reloj no está bien, las conexiones seguras fallan.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is issued by “%2”, which is not a public certificate authority: your network inspects secure connections (a company firewall, proxy or antivirus). Ask IT to let %1 through unchanged.</source>
        <translation>El certificado presentado para %1 lo emitió “%2”, que no es una autoridad de certificación pública: tu red inspecciona las conexiones seguras (un firewall de empresa, un proxy o un antivirus). Pide a tu departamento de TI que deje pasar %1 sin modificarlo.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>un emisor desconocido</translation>
    </message>
    <message>
        <source>The certificate presented is for %1, not %2: a login page or a filter answers instead of Zoho.</source>
        <translation>El certificado presentado es para %1, no para %2: responde una página de inicio de sesión o un filtro en lugar de Zoho.</translation>
    </message>
    <message>
        <source>No secure connection could be made (%1).</source>
        <translation>No se pudo establecer una conexión segura (%1).</translation>
    </message>
    <message>
        <source>The request got no answer: %1.</source>
        <translation>La solicitud no obtuvo respuesta: %1.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 (server “%3”): an error on the server&apos;s side; try again later.</source>
        <translation>El servidor respondió HTTP %1 %2 (servidor “%3”): es un error del servidor; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A web page answered instead of Zoho (HTTP %1, server “%2”): a network login page or a filter.</source>
        <translation>Respondió una página web en lugar de Zoho (HTTP %1, servidor “%2”): una página de inicio de sesión de la red o un filtro.</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2 (server “%3”).</source>
        <translation>HTTP %1: redirigido a %2 (servidor “%3”).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from server “%3”.</source>
        <translation>HTTP %1 %2 del servidor “%3”.</translation>
    </message>
    <message>
        <source>The server sent no usable date to compare with.</source>
        <translation>El servidor no envió una fecha válida con la que comparar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s (%1 s apart).</source>
        <translation>El reloj de este equipo coincide con el del servidor (%1 s de diferencia).</translation>
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
        <translation>Tu reloj va %1 por detrás del servidor: con tanta diferencia, las conexiones seguras pueden fallar. Configura la fecha y la hora automáticamente.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <translation>Tu reloj va %1 por delante del servidor: con tanta diferencia, las conexiones seguras pueden fallar. Configura la fecha y la hora automáticamente.</translation>
    </message>
    <message>
        <source>Reachable: every step passed.</source>
        <translation>Accesible: todos los pasos fueron bien.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Resolución del nombre</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB, far larger than any of Zoho&apos;s: it was refused, not read further. Something other than Zoho may be answering.</source>
        <translation>La respuesta superaba los %1 MiB, mucho más que cualquier respuesta de Zoho: se rechazó sin seguir leyéndola. Puede que esté respondiendo algo distinto de Zoho.</translation>
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
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>Copiado: %1</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation>Este Client ID parece cortado: tiene %1 de sus %2 caracteres. Vuelve a copiarlo entero.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation>Esto parece el Client Secret, no el Client ID.</translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation>Esto no es un Client ID de Zoho. Un Client ID empieza por &quot;1000.&quot; y tiene %1 caracteres, como 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation>Esto es un Client ID, no el Client Secret. El secreto es el otro valor de la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation>Los secretos de Zoho se componen de las cifras 0–9 y las letras a–f, pero este tiene otros caracteres. Comprueba que copiaste el Client Secret.</translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation>Este secreto es más corto de lo normal (%1 caracteres; los de Zoho tienen %2). Puede que esté cortado.</translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation>Este secreto es más largo de lo normal (%1 caracteres; los de Zoho tienen %2). Comprueba que no se copió nada más con él.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation>Los secretos de Zoho usan minúsculas, pero este tiene mayúsculas. Vuelve a copiarlo en lugar de escribirlo.</translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation>Los dos valores se pegaron juntos; se han separado.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation>El Client ID y el Client Secret estaban al revés; se han intercambiado.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation>Esto parece el Client Secret, y el campo del secreto contiene el Client ID: parece que están intercambiados.</translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation>El otro campo tenía un valor distinto; el par pegado lo ha reemplazado.</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirílica</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griega</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenia</translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Este secreto contiene una letra %1 &apos;%2&apos; que solo se parece a una &apos;%3&apos; latina. Vuelve a copiarlo desde la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Este Client ID contiene una letra %1 &apos;%2&apos; que solo se parece a una &apos;%3&apos; latina. Vuelve a copiarlo desde Zoho.</translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Este secreto contiene &apos;%1&apos;, un carácter que los secretos de Zoho no tienen. Vuelve a copiarlo desde la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Este Client ID contiene &apos;%1&apos;, un carácter que los Client ID de Zoho no tienen. Vuelve a copiarlo desde Zoho.</translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation>Se usó el Client ID %1; se descartó el resto.</translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Se usó el Client ID %1 que seguía a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation>Se usó como Client ID el valor de %1 caracteres; se descartó el resto.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Se usó como Client ID el valor de %1 caracteres que seguía a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation>Se usó el valor de %1 caracteres que seguía a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation>Se usó el valor de %1 caracteres que parece un Client Secret; se descartó el resto.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation>Se usó como Client Secret el valor de %1 caracteres que seguía a &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation>Se unieron %1 fragmentos de texto en un solo valor de %2 caracteres.</translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation>Las letras o cifras anchas (de ancho completo) se cambiaron por normales.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation>
            <numerusform>Se eliminó %n carácter de control invisible.</numerusform>
            <numerusform>Se eliminaron %n caracteres de control invisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation>Aquí hay %1 Client ID distintos: %2. Pega solo el del cliente que creaste para Optiply.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation>Esto es un código temporal que Zoho creó para un solo inicio de sesión, no el Client ID. Copia el Client ID de la pestaña Client Secret de tu cliente en la API Console.</translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation>Los Client ID de Zoho suelen tener solo mayúsculas, pero este tiene minúsculas. Si lo escribiste a mano, cópialo de Zoho.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation>Esto es un código temporal que Zoho creó para un solo inicio de sesión, no el Client Secret. Copia el Client Secret de la pestaña Client Secret de tu cliente en la API Console.</translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation>Aquí hay %1 valores distintos que podrían ser el Client Secret. Pega solo el de la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation>Hay algo pegado al final de este secreto: %1 caracteres más después de %2 dígitos hexadecimales. Copia solo el secreto de la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation>Aquí hay varios fragmentos de texto y ninguno parece un Client Secret. Pega solo el secreto de la pestaña Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation>Son los puntos que Zoho muestra mientras el secreto está oculto. En la pestaña Client Secret de Zoho, primero muestra el secreto y luego cópialo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n broken character(s) that are not text.</source>
        <translation>
            <numerusform>Se eliminó %n carácter dañado que no es texto.</numerusform>
            <numerusform>Se eliminaron %n caracteres dañados que no son texto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation>Intercam&amp;biar los dos campos</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation>Pega el Client ID y el Client Secret</translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation>Copia cada valor de la pestaña Client Secret de Zoho y pégalo aquí. Los espacios, saltos de línea y etiquetas que se copien con él se quitan solos.</translation>
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
        <translation>Mostrar el Client Secret</translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation>Muestra u oculta el secreto. Ocúltalo mientras compartes tu pantalla.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Ocultar el Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <source>Illustration: the Client ID and the Client Secret on Zoho&apos;s Client Secret tab</source>
        <translation>Ilustración: el Client ID y el Client Secret en la pestaña Client Secret de Zoho</translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation>Los cuatro últimos caracteres del secreto y un breve código de control. El soporte puede compararlo sin que nadie tenga que leer el secreto en voz alta.</translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation>Borrar el Client ID</translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation>Borrar el Client Secret</translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation>Para el soporte: el secreto termina en %1</translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation>Para continuar, haz clic en “Intercambiar los dos campos”.</translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation>Para continuar, pega el Client ID.</translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation>Para continuar, pega el Client Secret.</translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation>Para continuar, corrige el valor marcado arriba: vuelve a copiarlo de Zoho y pégalo.</translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation>Vuelve a pegar el Client Secret, copiado de Zoho.</translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation>Vuelve a pegar el Client ID, copiado de Zoho.</translation>
    </message>
    <message>
        <source>From the Client Secret tab of your client in Zoho&apos;s API Console. It starts with 1000 and a dot.</source>
        <translation>De la pestaña Client Secret de tu cliente en la API Console de Zoho. Empieza por 1000 y un punto.</translation>
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
        <translation>India</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
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
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <extracomment>The first choice of the data-center lists: every data center is asked</extracomment>
        <translation>No lo sé – búscalo por mí</translation>
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
        <translation>Listo: tu cliente de Zoho está preparado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation>&lt;b&gt;Último paso, en Optiply:&lt;/b&gt; abre &lt;b&gt;%1&lt;/b&gt; y pega allí el Client ID y el Client Secret. Después puedes cerrar la página de Zoho.</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copiar &amp;secreto</translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation>Copiar el Client Secret</translation>
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
        <translation>A&amp;brir la página de integraciones de Optiply</translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation>Solo queda una cosa: pegar los dos valores en Optiply.</translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation>Abrir la página de integraciones de Optiply en tu navegador</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation>oculto (termina en %1)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation>El Client Secret está copiado. Pégalo en Optiply.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>No se pudo abrir tu navegador. Abre esta dirección en tu navegador: %1</translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking %2 does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60), %2 the label of the wizard&apos;s Finish button</extracomment>
        <translation>El secreto copiado se quita del portapapeles al cabo de %1 segundos: pégalo en Optiply antes. Hacer clic en %2 no lo quita antes.</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>tu cuenta de Zoho</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved %2.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Zoho reconoce tu cliente en su centro de datos &lt;b&gt;%1&lt;/b&gt;, y las credenciales están guardadas %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved %3.</source>
        <extracomment>%3 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>&lt;b&gt;Comprobado: conectado como %1.&lt;/b&gt; Tu cliente está en el centro de datos %2 de Zoho, y las credenciales están guardadas %3.</translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation>Ilustración: %1</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation>No se pudo abrir tu navegador. Copia esta dirección y ábrela en tu navegador:</translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation>Dirección de la Zoho API Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation>&lt;b&gt;Mantén abierta la página de Zoho.&lt;/b&gt; Si el secreto se pierde antes de guardarlo, abre el cliente en la API Console y elige generar un secreto nuevo; no hace falta cambiar nada más.</translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation>Esto abre %2, la consola del centro de datos %1 de Zoho.</translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation>Pega cada valor tal cual, sin espacio ni barra al final.</translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation>Esto se hace en la API Console de Zoho, en tu navegador. Vuelve aquí después de cada paso.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation>No se pudo abrir tu navegador. Copia la dirección y ábrela en tu navegador.</translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 and choose your data center, so the console of your own data center opens.</source>
        <extracomment>%1 is a web address, %2 the label of the wizard&apos;s Back button</extracomment>
        <translation>Esto abre %1. Si usas Zoho en otra dirección, como zoho.eu, haz clic en %2 y elige tu centro de datos, para que se abra la consola de tu propio centro de datos.</translation>
    </message>
</context>
<context>
    <name>KeychainName</name>
    <message>
        <source>in Windows Credential Manager</source>
        <extracomment>Windows&apos; own name of its store of passwords, as Windows writes it in this language</extracomment>
        <translation>en el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>in the Keychain (Keychain Access)</source>
        <extracomment>macOS&apos; own names: the keychain, and in brackets the app that shows it (&quot;Keychain Access&quot;)</extracomment>
        <translation>en el llavero (Acceso a Llaveros)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>en el llavero de este equipo</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation>Zoho no conoce este Client ID en el centro de datos consultado.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation>La dirección de retorno introducida en Zoho para este cliente no coincide exactamente con la del asistente.</translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation>Zoho no permitió el acceso que pidió el asistente.</translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation>Zoho tuvo un problema pasajero por su parte.</translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation>Zoho no dio más detalles.</translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation>Sesión iniciada en Zoho</translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation>Zoho ha respondido al asistente de configuración de Zoho. Puedes cerrar esta pestaña y volver al asistente: termina la comprobación y muestra el resultado.</translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation>Zoho no permitió el acceso</translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation>Se rechazó el acceso en la página de Zoho, o hubo demasiados intentos de inicio de sesión en 10 minutos. Cierra esta pestaña y vuelve al asistente: te dirá qué hacer.</translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation>Zoho informó de un problema</translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation>Zoho respondió al inicio de sesión con &quot;%1&quot;: %2 Cierra esta pestaña y vuelve al asistente: te dirá qué hacer.</translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation>No es una respuesta a este inicio de sesión</translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation>Esta dirección de tu equipo pertenece al asistente de configuración de Zoho. Lo que llegó aquí no es la respuesta de Zoho al inicio de sesión en curso, así que no se cambió nada. Para iniciar sesión, usa la pestaña que abrió el asistente o vuelve a empezar el inicio de sesión desde el asistente.</translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation>Abre la Zoho API Console</translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation>Añade un cliente de tipo servidor</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Rellena los datos</translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation>Crea el cliente</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation>Copia el Client ID y el Client Secret</translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation>Ajustes → Integraciones → añade Zoho como nueva fuente de datos</translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation>Cualquier nombre sirve; este te recordará más adelante para qué es.</translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation>Zoho pide un sitio web; el de Optiply sirve.</translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1 son las direcciones de retorno: las direcciones a las que Zoho te devuelve después de que permitas una conexión. Optiply necesita la primera; la segunda se queda en este equipo y permite que este asistente compruebe una vez, ahora, que tu Client ID y tu Client Secret funcionan. Introduce las dos, cada una en su propia línea (el + de Zoho añade la segunda).</translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation>Haz clic en %1 abajo. Tu navegador abre la API Console de Zoho.</translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation>Haz clic en %1 arriba a la derecha. Si nunca has añadido uno, Zoho muestra %2 en su lugar: haz clic ahí.</translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Zoho muestra una lista de tipos de clientes. Pasa el puntero sobre %1.</translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Haz clic en %1 en esa opción.</translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: pega el nombre.</translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: pega el sitio web.</translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: pega la primera dirección.</translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation>Haz clic en %1 al lado: Zoho añade una segunda línea vacía.</translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation>Pega la segunda dirección en la nueva línea.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Haz clic en %1.</translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation>Abre la pestaña %1.</translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copia el %1 con el símbolo de copiar que hay al final de su línea.</translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copia el %1 de la misma forma.</translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation>En la API Console de Zoho es donde permites que Optiply se conecte a tu Zoho.</translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation>Después de iniciar sesión, la consola muestra las conexiones que has permitido hasta ahora.</translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation>En la API Console:</translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation>Pegar evita errores al escribir.</translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Revisa el formulario una vez más: las dos direcciones en %1, cada una en su propia línea.</translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation>Zoho muestra ahora tu nuevo cliente.</translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation>Zoho muestra los datos de tu nuevo cliente.</translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation>En la página siguiente los pegas.</translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation>A&amp;brir la Zoho API Console</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The button beside each value to copy</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, click your client, %1, to open it.</source>
        <extracomment>%1 is the client&apos;s name as entered in step 3 (&quot;Optiply&quot;)</extracomment>
        <translation>En la API Console de Zoho, haz clic en tu cliente, %1, para abrirlo.</translation>
    </message>
    <message>
        <source>Click %1 beside %2: Zoho adds an empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button, %2 the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Haz clic en %1 junto a %2: Zoho añade una línea vacía.</translation>
    </message>
    <message>
        <source>Paste the address into the new, empty line. The lines above it stay as they are.</source>
        <translation>Pega la dirección en la nueva línea vacía. Las líneas de arriba se quedan como están.</translation>
    </message>
    <message>
        <source>Add the missing address in Zoho</source>
        <translation>Añadir la dirección que falta en Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know %1 yet: add it as one more line.</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Zoho todavía no conoce %1: añádela como una línea más.</translation>
    </message>
    <message>
        <source>Then click %1 here.</source>
        <extracomment>%1 is the label of the assistant&apos;s button that checks again</extracomment>
        <translation>Después haz clic aquí en %1.</translation>
    </message>
    <message>
        <source>On Zoho&apos;s %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation>En la página %1 de Zoho, inicia sesión con la cuenta de Zoho que usa tu empresa para Zoho Inventory o Zoho Books.</translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its %1 button and paste it into Zoho&apos;s field of the same name:</source>
        <extracomment>%1 is the label of the button beside each value</extracomment>
        <translation>Zoho muestra un formulario. Copia cada valor de abajo con su botón %1 y pégalo en el campo de Zoho que tiene el mismo nombre:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Conectar Zoho con Optiply</translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation>¿Cerrar sin guardar el secreto?</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca d&amp;e</translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation>¿Cerrar sin guardar el Client Secret?</translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation>El Client Secret que pegaste aún no está guardado, y Zoho solo lo muestra una vez. Si cierras ahora, puede que tengas que crear un secreto nuevo en la API Console de Zoho.</translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation>Zoho reconoce este cliente</translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation>Estas no son credenciales de Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation>Zoho no conoce este Client ID</translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation>El Client Secret es incorrecto</translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation>Zoho nos pide ir más despacio</translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation>No se pudo conectar con Zoho</translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation>Falló la conexión segura con Zoho</translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation>Zoho no respondió a tiempo</translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation>Zoho dio una respuesta inesperada</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation>Vuelve a copiar el Client ID y el Client Secret de la pestaña Client Secret de tu cliente en la Zoho API Console.</translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho recibió demasiadas solicitudes para este cliente en poco tiempo. Espera diez minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation>Comprueba que este equipo tiene conexión a internet y que ningún firewall ni proxy bloquea %1. Después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation>No se pudo proteger la conexión con Zoho, así que no se envió nada. Puede deberse a una red de empresa o a un antivirus que inspecciona las conexiones seguras; pide a tu departamento de TI que permita a este programa acceder directamente a Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation>El centro de datos %1 de Zoho no respondió. Comprueba tu conexión a internet y vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation>El centro de datos %1 de Zoho respondió con algo que no es una respuesta de Zoho. Suele ser un problema temporal de Zoho o una página de inicio de sesión de la red (wifi de hotel o de invitados). Abre cualquier página web en tu navegador para comprobarlo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation>El inicio de sesión con Zoho no terminó</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation>El centro de datos %1 de Zoho aceptó estas credenciales en un inicio de sesión completo.</translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation>Zoho no completó el inicio de sesión: se rechazó el acceso en la página de Zoho, o el inicio de sesión tardó demasiado o se empezó dos veces. Vuelve a intentar el inicio de sesión.</translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Este equipo se conecta a internet a través del servidor proxy %1, que puede ser el origen del problema; tu departamento de TI puede comprobarlo.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation>Se rechazó la conexión con el centro de datos %1 de Zoho. Probablemente un firewall o un programa de seguridad de este equipo o de la red bloquea este programa: permítele acceder a Zoho, o pídeselo a tu departamento de TI, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation>La conexión con el centro de datos %1 de Zoho se cortó antes de que llegara la respuesta de Zoho. Puede deberse a una conexión débil o inestable (wifi, datos móviles, VPN), o a un firewall o programa de seguridad que inspecciona el tráfico. Vuelve a intentarlo; si vuelve a pasar, prueba con otra red.</translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Este equipo no pudo conectar con el centro de datos %1 de Zoho: parece que no tiene conexión, o una VPN o un firewall bloquea el paso. Comprueba que las páginas web se abren en tu navegador y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation>Un servidor proxy entre este equipo y Zoho pide un nombre de usuario y una contraseña, y este programa no puede iniciar sesión en un proxy. Pide a tu departamento de TI que le permita acceder al centro de datos %1 de Zoho sin iniciar sesión en el proxy, o usa una red sin este proxy.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>El servidor proxy %1, a través del cual este equipo se conecta a internet, pide un nombre de usuario y una contraseña, y este programa no puede iniciar sesión en un proxy. Pide a tu departamento de TI que le permita acceder al centro de datos %2 de Zoho sin iniciar sesión en el proxy, o usa una red sin este proxy.</translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation>El servidor proxy a través del cual este equipo se conecta a internet no conectó este programa con el centro de datos %1 de Zoho: rechazó la conexión, falló o la cerró. Revisa la configuración de proxy de este equipo o pide a tu departamento de TI que permita a este programa acceder a Zoho.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>El servidor proxy %1, a través del cual este equipo se conecta a internet, no conectó este programa con el centro de datos %2 de Zoho: rechazó la conexión, falló o la cerró. Revisa la configuración de proxy de este equipo o pide a tu departamento de TI que permita a este programa acceder a Zoho.</translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation>La comprobación se detuvo antes de que Zoho respondiera. Vuelve a empezarla cuando quieras.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation>La conexión segura con Zoho recibió un certificado en el que este equipo no confía, así que no se envió nada. Lo más habitual es que algo en esta red o en este equipo intercepte las conexiones seguras: un firewall o proxy de empresa, o la protección web de un antivirus. Pide a tu departamento de TI que permita a este programa acceder a Zoho sin inspección, o prueba con otra red.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>La conexión segura con Zoho recibió un certificado emitido por &quot;%1&quot;, en el que este equipo no confía, así que no se envió nada. Lo más habitual es que algo en esta red o en este equipo intercepte las conexiones seguras (un firewall o proxy de empresa, o la protección web de un antivirus), y &quot;%1&quot; es su nombre. Pide a tu departamento de TI que permita a este programa acceder a Zoho sin inspección, o prueba con otra red.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation>La conexión segura con Zoho se rechazó porque su certificado no es válido para la fecha y hora de este equipo, así que no se envió nada. Normalmente el reloj de este equipo está mal: ajusta correctamente la fecha, la hora y la zona horaria, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>La conexión segura recibió el certificado de otro sitio web, así que no se envió nada. Suele pasar con la página de inicio de sesión de una wifi de hotel, de invitados o pública, o con una red que desvía el tráfico. Abre cualquier página web en tu navegador, inicia sesión en la red o acepta sus condiciones, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>La conexión segura recibió el certificado de otro sitio web (emitido por &quot;%1&quot;), así que no se envió nada. Suele pasar con la página de inicio de sesión de una wifi de hotel, de invitados o pública, o con una red que desvía el tráfico. Abre cualquier página web en tu navegador, inicia sesión en la red o acepta sus condiciones, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation>No se pudo establecer una conexión segura con el centro de datos %1 de Zoho, así que no se envió nada. Algo entre este equipo y Zoho, como un firewall, un proxy o un programa de seguridad, interfiere con las conexiones seguras. Prueba con otra red o pide a tu departamento de TI que permita a este programa acceder directamente a Zoho.</translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation>Este programa no puede establecer conexiones seguras: falta su soporte de cifrado (OpenSSL) o no se puede usar. Vuelve a instalar el programa e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation>El centro de datos %1 de Zoho no respondió a tiempo. Puede que la conexión sea muy lenta o que un firewall la bloquee sin avisar. Comprueba tu conexión a internet y vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation>El centro de datos %1 de Zoho tiene un problema propio: respondió con un error del servidor. Suele ser temporal y no indica nada sobre tus credenciales. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation>En lugar de la respuesta de Zoho, llegó una página web: normalmente la página de inicio de sesión de una wifi de hotel, de invitados o pública, o el aviso de un filtro web de empresa. Abre cualquier página web en tu navegador, inicia sesión en la red o acepta sus condiciones, y vuelve a intentarlo. Si la página dice que Zoho está bloqueado, consulta a tu departamento de TI.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation>El centro de datos %1 de Zoho respondió con algo que no es una respuesta de Zoho. Suele ser un problema pasajero de Zoho, o un proxy o programa de seguridad que modifica la respuesta. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>En lugar de responder, el servidor redirigió este programa a una dirección sin cifrar (http://). El programa no fue a esa dirección, así que no se envió nada. Suele pasar con la página de inicio de sesión de una wifi de hotel, de invitados o pública, o con un proxy mal configurado. Abre cualquier página web en tu navegador, inicia sesión en la red o acepta sus condiciones, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation>En lugar de responder, el centro de datos %1 de Zoho redirigió este programa a otra dirección. El programa no fue allí: las credenciales solo se envían al servidor de cuentas de Zoho. Comprueba que está elegido el centro de datos correcto y, si introdujiste tú una dirección de servidor de cuentas, que sea correcta. Después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation>El centro de datos %1 de Zoho respondió, pero con algo que este programa no conoce. Vuelve a intentarlo más tarde; si sigue pasando, contacta con el soporte de Optiply y menciona los detalles técnicos.</translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation>Por ahora, Zoho rechaza más solicitudes para este cliente: recibió demasiadas en poco tiempo. Espera diez minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation>La dirección de retorno introducida en Zoho no coincide</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation>El centro de datos %1 de Zoho reconoce este cliente. Solo un inicio de sesión con Zoho demuestra que el Client Secret también es correcto.</translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation>Zoho encontró el cliente en su centro de datos %1, pero el Client Secret no coincide. Vuelve a copiarlo de la pestaña Client Secret de tu cliente en la API Console de Zoho. Genera allí un secreto nuevo solo si es imprescindible: todas las integraciones que usan el secreto actual dejan de funcionar hasta que reciben el nuevo.</translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>No se pudo conectar con ninguno de los centros de datos de Zoho desde este equipo. Parece que no tiene conexión, o un firewall, un proxy o una VPN bloquea el paso. Comprueba que las páginas web se abren en tu navegador y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation>No se encontró el centro de datos %1 de Zoho desde este equipo. Probablemente no tiene conexión o su conexión a internet no funciona bien. Comprueba que las páginas web se abren en tu navegador y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation>El centro de datos %1 de Zoho envió una respuesta mucho más grande que cualquiera de Zoho, así que este programa no la leyó. Puede que algo entre este equipo y Zoho, como un proxy o un programa de seguridad, esté modificando la respuesta. Vuelve a intentarlo más tarde o en otra red.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation>La respuesta de Zoho dice que tu cuenta de Zoho está en %1, una dirección de Zoho que este programa no conoce, así que se detuvo ahí: no se envió nada a esa dirección. Contacta con el soporte de Optiply y menciónalo.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation>El centro de datos %1 de Zoho aceptó estas credenciales en un inicio de sesión completo, pero este inicio de sesión de prueba no se pudo eliminar de Zoho. Sigue siendo válido hasta que se elimine y cuenta para el límite de Zoho de 20 inicios de sesión de este tipo para este cliente. Elimínalo en la configuración de tu cuenta de Zoho (Zoho Accounts), en Sessions, Connected Apps.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;%2&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <extracomment>%1 is a data center, %2 the list&apos;s choice that asks them all (&quot;I don&apos;t know – find it for me&quot;)</extracomment>
        <translation>El centro de datos %1 de Zoho no tiene ningún cliente con este ID. Comprueba que elegiste el centro de datos en el que está tu cuenta de Zoho (la dirección en la que inicias sesión, como zoho.eu o zoho.com), o elige &quot;%2&quot; para consultar todos los centros de datos. Después comprueba que el Client ID se copió entero.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished. Start it again when you are ready.</source>
        <translation>La comprobación se detuvo antes de terminar. Vuelve a empezarla cuando quieras.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer did not reach the assistant: while it waited, another program on this computer opened many connections to the address the answer comes to. Try again; after you click Accept, copy the whole address from your browser&apos;s address bar and paste it into the assistant.</source>
        <translation>La respuesta de Zoho no llegó al asistente: mientras esperaba, otro programa de este ordenador abrió muchas conexiones a la dirección a la que llega la respuesta. Vuelve a intentarlo; después de hacer clic en Accept, copia la dirección completa de la barra de direcciones del navegador y pégala en el asistente.</translation>
    </message>
    <message>
        <source>Zoho did not allow access: Reject was clicked on Zoho&apos;s page, or the page was left another way. Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho no permitió el acceso: se hizo clic en Reject en la página de Zoho, o se salió de la página de otra forma. Vuelve a iniciar sesión y haz clic en Accept en la página de Zoho.</translation>
    </message>
    <message>
        <source>Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones for a while. Wait 10 minutes, then sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho volvió a no permitir el acceso. Tras varios inicios de sesión en 10 minutos, Zoho rechaza otros nuevos durante un tiempo. Espera 10 minutos, vuelve a iniciar sesión y haz clic en Accept en la página de Zoho.</translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.</source>
        <translation>El cliente existe en el centro de datos %1 de Zoho, pero las direcciones de retorno que introdujiste en Zoho (Authorized Redirect URIs) no coinciden exactamente con %2. Abre el cliente en la API Console, introduce las direcciones exactamente como se muestran en el paso 3 (sin espacio ni barra al final) y pulsa %3.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time: the page was closed, or left open without clicking Accept. Most often Zoho&apos;s page showed &quot;Invalid Redirect Uri&quot;: then %1 is missing from the Authorized Redirect URIs of your client in Zoho&apos;s API Console. Add it there, click %2, then sign in again.</source>
        <extracomment>%1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>El inicio de sesión no se terminó a tiempo en el navegador: la página se cerró o se dejó abierta sin hacer clic en Accept. Lo más habitual es que la página de Zoho mostrara &quot;Invalid Redirect Uri&quot;: entonces falta %1 en las Authorized Redirect URIs de tu cliente en la API Console de Zoho. Añádela ahí, haz clic en %2 y vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>QtButtonWords</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation>No hay credenciales de Zoho guardadas en este equipo.</translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation>Las credenciales no se guardaron; no se escribió nada en el disco.</translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation>No se pudieron leer las credenciales guardadas.</translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation>Las credenciales guardadas no se eliminaron.</translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>Este equipo no tiene ningún llavero que este programa pueda usar. %1 Instala e inicia un Secret Service (GNOME Keyring o KWallet) en tu sesión de escritorio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation>Se denegó el acceso al llavero. %1 Vuelve a intentarlo y permite el acceso cuando el sistema te lo pida.</translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation>El llavero está bloqueado. %1 Desbloquéalo (en Linux: en Contraseñas y claves, o volviendo a iniciar sesión) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing could be kept or read %2. %1 Restart the computer and try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>No se pudo guardar ni leer nada %2. %1 Reinicia el equipo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The credentials are too long to be kept %2 (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Las credenciales son demasiado largas para guardarlas %2 (como máximo %1 bytes). Comprueba que solo pegaste el Client ID y el Client Secret.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>La entrada de este programa %1 no se puede leer. Elimínala con &quot;zoho-onboarding forget&quot; y vuelve a guardar las credenciales.</translation>
    </message>
    <message>
        <source>What was saved %1 did not come back the same. Try again; if it keeps happening, restart the computer.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Lo que se guardó %1 no se devolvió igual. Vuelve a intentarlo; si sigue pasando, reinicia el equipo.</translation>
    </message>
    <message>
        <source>Something went wrong %2. %1 Try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Algo salió mal %2. %1 Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>Copiar Client &amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copiar &amp;secreto</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation>Tu conexión con Zoho está configurada</translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation>Este equipo guarda el Client ID y el Client Secret que creaste para Optiply.</translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation>Copiar el Client ID para Optiply</translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation>Copiar el Client Secret para Optiply</translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation>Comprueba con Zoho, con un inicio de sesión, que las credenciales guardadas siguen funcionando.</translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation>Te guía para crear un cliente nuevo en Zoho; el que está guardado se conserva hasta que se guarde el nuevo.</translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation>Elimina las credenciales de este equipo. Zoho y Optiply no cambian.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation>&lt;b&gt;Para Optiply:&lt;/b&gt; copia cada valor y pégalo en Optiply.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Otras opciones:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation>Comprobado como %1 el %2.</translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Guardado el %1. Zoho reconoció el cliente; no se inició sesión con él.</translation>
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
        <translation>oculto (termina en %1)</translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation>Centro de datos de Zoho:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation>El Client ID está copiado.</translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation>El Client Secret está copiado. Se quitará del portapapeles al cabo de %1 segundos.</translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation>¿Olvidar las credenciales guardadas?</translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation>Se eliminan de este equipo. El cliente en Zoho y la conexión en Optiply se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>&amp;Olvidarlas</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conservarlas</translation>
    </message>
    <message>
        <source>R&amp;eplace with New Credentials</source>
        <translation>&amp;Reemplazar por credenciales nuevas</translation>
    </message>
    <message>
        <source>For&amp;get These Credentials</source>
        <translation>&amp;Olvidar estas credenciales</translation>
    </message>
    <message>
        <source>Stored credentials: %1</source>
        <extracomment>%1 is the list of what is stored (Client ID, data center, when)</extracomment>
        <translation>Credenciales guardadas: %1</translation>
    </message>
</context>
<context>
    <name>SupportDetailsView</name>
    <message>
        <source>For support, in English:</source>
        <extracomment>Heading over technical lines that stay in English (Zoho&apos;s error codes); say that they do</extracomment>
        <translation>Para el soporte, en inglés:</translation>
    </message>
    <message>
        <source>For support, in English: %1</source>
        <extracomment>%1 is the technical lines themselves, in English</extracomment>
        <translation>Para el soporte, en inglés: %1</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>none: direct connection</source>
        <translation>ninguno: conexión directa</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <extracomment>%1 is an environment variable such as https_proxy</extracomment>
        <translation>de la variable de entorno %1</translation>
    </message>
    <message>
        <source>from the system&apos;s proxy settings</source>
        <translation>de la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>set by this program</source>
        <translation>configurado por este programa</translation>
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
        <translation>ERROR</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Zoho onboarding assistant: report for support</source>
        <translation>Asistente de conexión con Zoho: informe para soporte</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Made at: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Asistente: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Sistema de almacenamiento: %1</translation>
    </message>
    <message>
        <source>Works: a test item was written, read back and deleted.</source>
        <translation>Funciona: se escribió, se volvió a leer y se eliminó un elemento de prueba.</translation>
    </message>
    <message>
        <source>DOES NOT WORK: written %1, read back %2, deleted %3.</source>
        <translation>NO FUNCIONA: escrito %1, leído %2, eliminado %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Error (%1): %2</translation>
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
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>None entered or stored.</source>
        <translation>No se ha introducido ni guardado ninguna.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardadas en el llavero</translation>
    </message>
    <message>
        <source>Entered in the assistant</source>
        <translation>Introducidas en el asistente</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Huella del secreto: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centro de datos: %1</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <source>When: %1 (reference %2)</source>
        <translation>Cuándo: %1 (referencia %2)</translation>
    </message>
    <message>
        <source>Step: %1, data center: %2</source>
        <translation>Paso: %1, centro de datos: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Status: %1, cause: %2, Zoho error: %3</source>
        <translation>Estado: %1, causa: %2, error de Zoho: %3</translation>
    </message>
    <message>
        <source>Accounts servers</source>
        <translation>Servidores de cuentas</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>No se comprobó ninguno.</translation>
    </message>
    <message>
        <source>, overridden</source>
        <translation>, cambiado manualmente</translation>
    </message>
    <message>
        <source>, through proxy %1</source>
        <translation>, a través del proxy %1</translation>
    </message>
    <message>
        <source>Verdict: reachable.</source>
        <translation>Resultado: accesible.</translation>
    </message>
    <message>
        <source>Verdict: %1 %2: %3</source>
        <extracomment>%1 is a step such as &quot;Name lookup&quot;, %2 a sentence</extracomment>
        <translation>Resultado: %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Archivos de registro: %1</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no escrito</translation>
    </message>
    <message>
        <source>This report holds no Client Secret, grant code or token.</source>
        <translation>Este informe no contiene ningún Client Secret, código de autorización ni token.</translation>
    </message>
</context>
<context>
    <name>SupportReportWidget</name>
    <message>
        <source>Copy &amp;report for support</source>
        <translation>Copiar infor&amp;me para soporte</translation>
    </message>
    <message>
        <source>Copy report for support</source>
        <translation>Copiar informe para soporte</translation>
    </message>
    <message>
        <source>Checks the connection to Zoho and the keychain, then copies a report for support to the clipboard. It holds no Client Secret.</source>
        <translation>Comprueba la conexión con Zoho y el llavero, y luego copia un informe para soporte al portapapeles. No contiene el Client Secret.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <extracomment>%1 is a six-character code such as K7QF3M that the customer reads out to support</extracomment>
        <translation>Tu referencia: %1</translation>
    </message>
    <message>
        <source>Your reference for support: %1</source>
        <translation>Tu referencia para soporte: %1</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <extracomment>Shown for a few seconds after the report was put on the clipboard</extracomment>
        <translation>Copiado: pégalo en tu mensaje a soporte.</translation>
    </message>
</context>
<context>
    <name>VerificationFlow</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation>Zoho reconoce tu cliente en su centro de datos %1</translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation>Comprobado: conectado como %1</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>tu cuenta de Zoho</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then bring the address your browser lands on back here: another program is using the port the assistant receives Zoho&apos;s answer on. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La página de inicio de sesión de Zoho se abre en tu navegador. Inicia sesión con tu cuenta de Zoho, haz clic en Accept y trae aquí la dirección a la que llega tu navegador: otro programa está usando el puerto en el que el asistente recibe la respuesta de Zoho. El inicio de sesión de prueba se elimina de tu cuenta de Zoho justo después.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La página de inicio de sesión de Zoho se abre en tu navegador. Inicia sesión con tu cuenta de Zoho y haz clic en Accept: el asistente recibe entonces la respuesta de Zoho automáticamente. El inicio de sesión de prueba se elimina de tu cuenta de Zoho justo después.</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation>Este cliente está habilitado en varios centros de datos (%1).</translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation>Consultando al centro de datos %1 de Zoho…</translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation>Preguntando a todos los centros de datos de Zoho dónde está tu cliente…</translation>
    </message>
    <message>
        <source>Zoho does not know the sign-in&apos;s return address yet</source>
        <translation>Zoho aún no conoce la dirección de vuelta del inicio de sesión</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation>Zoho reconoce tu cliente en su centro de datos %1. Ahora inicia sesión una vez.</translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation>¿Reemplazar las credenciales guardadas?</translation>
    </message>
    <message>
        <source>Not saved: another save came first</source>
        <translation>No guardado: otro guardado llegó antes</translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation>Tus credenciales son correctas, pero no se pudieron guardar</translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation>No guardado: se conservaron las credenciales guardadas</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation>No se pudo eliminar de Zoho el inicio de sesión de prueba. Caduca solo en menos de una hora.</translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation>El inicio de sesión de prueba se eliminó de Zoho.</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation>Zoho no conoce la dirección a la que debe devolverte después de que permitas el acceso: falta la segunda línea de Authorized Redirect URIs del paso 3. Añádela como se muestra abajo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation>Este equipo ya guarda credenciales de Zoho: Client ID %1, guardadas el %2. ¿Quieres reemplazarlas por las que acabas de comprobar?</translation>
    </message>
    <message>
        <source>While these credentials were being saved, another save of Zoho credentials (Client ID %1) finished at the same time, and those are the ones this computer keeps now. Nothing is wrong with the keychain: save again to keep these instead.</source>
        <extracomment>%1 is a masked Client ID such as 1000.GMB0…EX0</extracomment>
        <translation>Mientras se guardaban estas credenciales, terminó al mismo tiempo otro guardado de credenciales de Zoho (Client ID %1), y son esas las que este equipo conserva ahora. El llavero no tiene ningún problema: vuelve a guardar para conservar estas en su lugar.</translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked are not saved.</source>
        <translation>Este equipo sigue conservando las credenciales de Zoho anteriores (Client ID %1). Las que acabas de comprobar no se han guardado.</translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation>Sin el inicio de sesión, el secreto solo se confirma cuando Optiply se conecte.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in could not be removed from Zoho.</source>
        <translation>Interrumpido: no se pudo eliminar de Zoho el inicio de sesión de prueba.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in was removed from Zoho.</source>
        <translation>Interrumpido: el inicio de sesión de prueba se eliminó de Zoho.</translation>
    </message>
    <message>
        <source>Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.</source>
        <translation>Interrumpido antes de que Zoho emitiera nada: no ha quedado nada en tu cuenta de Zoho.</translation>
    </message>
    <message>
        <source>Saving the credentials %1…</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Guardando las credenciales %1…</translation>
    </message>
    <message>
        <source>Your credentials are saved %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Tus credenciales están guardadas %1.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept. Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address your browser lands on back here. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La página de inicio de sesión de Zoho se abre en tu navegador. Inicia sesión con tu cuenta de Zoho y haz clic en Accept. Otro programa de este equipo está inundando el puerto en el que el asistente recibe la respuesta de Zoho, así que puede que la respuesta no llegue sola: si no pasa nada después de Accept, trae aquí la dirección a la que llega tu navegador. El inicio de sesión de prueba se elimina de tu cuenta de Zoho justo después.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center knows your client, but not the address its sign-in returns to: %2 is missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho&apos;s API Console, click %3, then check again.</source>
        <extracomment>%1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>El centro de datos %1 de Zoho conoce tu cliente, pero no la dirección a la que vuelve su inicio de sesión: falta %2 en las Authorized Redirect URIs (la segunda línea del paso 3). Añádela en la API Console de Zoho, haz clic en %3 y vuelve a comprobar.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation>Comprobando con Zoho</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation>Tu Client &amp;Secret, que se conserva aquí hasta que se guarde:</translation>
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
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation>In&amp;tentar guardar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation>Abrir de nuevo la &amp;página de inicio de sesión</translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation>Dirección del navegador</translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation>Empe&amp;zar de nuevo el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation>No se pudo abrir tu navegador. La dirección de la página de inicio de sesión de Zoho está ahora en el portapapeles: pégala en la barra de direcciones de tu navegador.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation>&amp;Conservar las anteriores</translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation>Comprobar a&amp;llí</translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation>Dirección a la que Zoho te devuelve</translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation>Zoho ya reconoció el cliente. Sin el inicio de sesión, el secreto solo queda confirmado del todo cuando Optiply se conecte.</translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation>Client Secret, aún sin guardar</translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation>Mostrar el Client Secret sin guardar</translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation>Copiar el Client Secret sin guardar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation>El Client Secret está copiado.</translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation>Centro de datos de Zoho que se comprobará</translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation>¿&amp;Qué centro de datos de Zoho?</translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation>Aún sin conectar: falta corregir una cosa</translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation>Comprobado, pero aún sin guardar</translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation>Comprobado y guardado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation>&amp;Pegar de nuevo el secreto</translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation>&amp;Pegar de nuevo el Client ID</translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation>Elegir otro centro de &amp;datos</translation>
    </message>
    <message>
        <source>Sa&amp;ve Without Signing In</source>
        <translation>&amp;Guardar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole address from its address bar and paste it &amp;here.</source>
        <translation>Otro programa de este equipo está estorbando, así que el asistente no puede recibir la respuesta de Zoho automáticamente. Después de hacer clic en Accept en la página de Zoho, tu navegador muestra un error o la página de otro programa: copia la dirección completa de su barra de direcciones y pégala aq&amp;uí.</translation>
    </message>
    <message>
        <source>Add the &amp;Missing Address in Zoho</source>
        <translation>Añadir la dirección que &amp;falta en Zoho</translation>
    </message>
    <message>
        <source>&amp;Wait Ten Minutes, Then Check Again</source>
        <translation>Esperar diez minutos y &amp;volver a comprobar</translation>
    </message>
    <message>
        <source>Checking again in %1</source>
        <extracomment>%1 is the time left, in minutes and seconds, such as 9:59</extracomment>
        <translation>Nueva comprobación en %1</translation>
    </message>
    <message>
        <source>&amp;Replace Them After All</source>
        <translation>&amp;Reemplazar de todos modos</translation>
    </message>
    <message>
        <source>Click Next to go on with them, or replace them after all. The new secret stays below until you close the assistant: copy it if you want to keep it.</source>
        <translation>Haz clic en Siguiente para continuar con ellas, o reemplázalas de todos modos. El nuevo secreto se queda abajo hasta que cierres el asistente: cópialo si quieres conservarlo.</translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>El asistente pregunta a Zoho si conoce tu cliente, inicia sesión una vez para confirmar las credenciales y las guarda %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself. If nothing happens after you click Accept on Zoho&apos;s page, copy the whole address from your browser&apos;s address bar and paste it &amp;here.</source>
        <translation>Otro programa de este equipo está inundando el puerto en el que el asistente recibe la respuesta de Zoho, así que puede que la respuesta no llegue sola. Si no pasa nada después de hacer clic en Accept en la página de Zoho, copia la dirección completa de la barra de direcciones de tu navegador y pégala aq&amp;uí.</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Ilustración: %1</translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click &lt;b&gt;%1&lt;/b&gt;, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation>Si el navegador muestra &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: falta la segunda línea de &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; del paso 3 (la dirección a la que Zoho te devuelve después de permitir el acceso). Abre tu cliente en la API Console de Zoho, añádela, haz clic en &lt;b&gt;%1&lt;/b&gt; y vuelve a iniciar sesión.&lt;br&gt;Si muestra &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho inició tu sesión en una región distinta de la del cliente. Cierra la sesión de Zoho en el navegador y vuelve a empezar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation>Conecta tu Zoho con Optiply</translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation>Unos diez minutos. Necesitas la cuenta de Zoho que usa tu empresa para Zoho Inventory o Zoho Books.</translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation>Ilustración: Zoho y Optiply, conectados</translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation>Centro de datos de Zoho</translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation>¿&amp;Dónde está tu cuenta de Zoho?</translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation>Mira la barra de direcciones cuando usas Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; significa Europa, &lt;b&gt;zoho.com&lt;/b&gt; significa Estados Unidos, &lt;b&gt;zoho.in&lt;/b&gt; India, etc.</translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation>Se ignoró la configuración del servidor de cuentas: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the assistant</source>
        <translation>Idioma del asistente</translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Optiply lee tu inventario y tus pedidos de Zoho mediante una clave privada que creas en Zoho: un &lt;b&gt;Client ID&lt;/b&gt; y un &lt;b&gt;Client Secret&lt;/b&gt;. Este asistente te muestra cada clic en Zoho, te da los valores exactos que debes pegar, comprueba la clave con Zoho y la guarda de forma segura %1.</translation>
    </message>
    <message>
        <source>The entry for this assistant %1 is damaged or was not written by it, so it is not used. Saving new credentials here replaces it.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>La entrada de este asistente %1 está dañada o no la escribió él, así que no se usa. Guardar aquí credenciales nuevas la reemplaza.</translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation>Esta no es la dirección a la que Zoho envió tu navegador. Después de permitir el acceso en la página de Zoho, copia la dirección completa de la barra de direcciones del navegador: contiene &quot;code=&quot; y &quot;state=&quot;.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation>Esta dirección pertenece a otro intento de inicio de sesión. Usa la dirección del inicio de sesión que acabas de hacer.</translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation>El inicio de sesión ya no está esperando la respuesta de Zoho. Vuelve a empezarlo.</translation>
    </message>
</context>
</TS>
