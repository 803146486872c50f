<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation>Over Zoho koppelen aan Optiply</translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation>Pictogram van Optiply en Zoho</translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Zoho koppelen aan Optiply</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation>Gemaakt met Qt %1, draait op Qt %2, op %3.</translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation>© Optiply B.V.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Gegevens &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Versiegegevens kopiëren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Gekopieerd. Plak het in je bericht aan support.</translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Maakt de Zoho API-client die Optiply nodig heeft, controleert hem bij Zoho en bewaart hem %1.</translation>
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
        <translation>verwacht paren CODE=URL, gescheiden door komma&apos;s, zoals &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>&quot;%1&quot; is geen CODE=URL, zoals &quot;eu=http://127.0.0.1:8080&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation>&quot;%1&quot; is geen datacenter van Zoho; bekende codes zijn %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation>&quot;%1&quot; is geen webadres met een hostnaam.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation>&quot;%1&quot; moet een kaal serveradres zijn, zonder gebruikersnaam, query of fragment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>&quot;%1&quot; gebruikt gewoon http, en dat mag alleen op deze computer (127.0.0.1, ::1 of localhost); gebruik https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>&quot;%1&quot; moet beginnen met https://.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Eén JSON-object afdrukken in plaats van tekst.</translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation>Het datacenter van Zoho: %1, of auto om ze allemaal te vragen (standaard).</translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation>URL gebruiken als accountserver van het gebruikte datacenter, of CODE=URL voor dat datacenter (mag vaker).</translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation>Bij store: de inloggegevens bewaren zonder eerst Zoho te vragen.</translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation>Aantal seconden wachten op Zoho (standaard 15).</translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation>Geef één opdracht: %1.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Voer &quot;%1 --help&quot; uit voor de opdrachten en opties.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation>&quot;%1&quot; is geen datacenter van Zoho; gebruik een van %2, of auto.</translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation>--accounts-server URL vraagt ook --data-center CODE; schrijf bij auto CODE=URL.</translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client ID: </translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation>Client Secret (niet zichtbaar): </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers: %1.</source>
        <translation>Deze client is actief in meerdere datacenters: %1.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Datacenter: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout verwacht een aantal seconden van 1 tot 600.</translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation>Er is geen Client ID opgegeven (eerste regel).</translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation>Er is geen Client Secret opgegeven (tweede regel).</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Er is niets bewaard.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Kenmerk van het secret: %1</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Datacenter: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation>Bewaard op: %1</translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation>Er zijn geen Zoho-inloggegevens bewaard.</translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation>De bewaarde Zoho-inloggegevens zijn verwijderd.</translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation>Er waren geen Zoho-inloggegevens bewaard.</translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation>Bij verify: het adres van de inlogpagina van Zoho afdrukken in plaats van die te openen.</translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Bij verify: aantal seconden wachten op de aanmelding in de browser (standaard 300).</translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation>Er zijn al andere Zoho-inloggegevens bewaard (Client ID %1, bewaard %2).</translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation>Vervangen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation>Er is niets veranderd; voeg --replace toe om ze te vervangen.</translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--consent-timeout verwacht een aantal seconden van 1 tot 3600.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation>Open dit adres in een browser, log in bij Zoho en klik op Accept:</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation>De inlogpagina van Zoho staat open in je browser: log in en klik op Accept.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Poort %1 op deze computer is in gebruik door een ander programma, dus het antwoord van Zoho komt niet vanzelf binnen. Kopieer nadat je op Accept hebt geklikt het hele adres uit de adresbalk van de browser en voer het hier in.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Adres: </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Poort %1 op deze computer is in gebruik door een ander programma, dus het antwoord van Zoho kan niet binnenkomen. Sluit dat programma, of voer verify uit in een terminal, waar je het adres kunt plakken waarop de browser uitkomt.</translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation>Klik in de Zoho API Console op ADD CLIENT, daarna op CREATE NOW onder Server-based Applications, en vul in:</translation>
    </message>
    <message>
        <source>values, check, verify, store, status, forget or diagnose</source>
        <translation>values, check, verify, store, status, forget of diagnose</translation>
    </message>
    <message>
        <source>Write debug lines to the log file too (secrets are always masked).</source>
        <translation>Ook debugregels naar het logbestand schrijven (secrets worden altijd afgeschermd).</translation>
    </message>
    <message>
        <source>Checking the keychain and one accounts server…</source>
        <translation>De sleutelhanger en één accountserver controleren…</translation>
    </message>
    <message>
        <source>Checking the keychain and %1 accounts servers…</source>
        <translation>De sleutelhanger en %1 accountservers controleren…</translation>
    </message>
    <message>
        <source>The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.</source>
        <translation>De invoer is te lang: wat je plakt mag hooguit %1 KiB zijn. Er is niets van gebruikt.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1 minutes.</source>
        <translation>Er is %1 minuten niets ingevoerd.</translation>
    </message>
    <message>
        <source>With store and verify --store: replace other credentials stored before (a terminal asks instead).</source>
        <translation>Bij store en verify --store: eerder bewaarde andere inloggegevens vervangen (een terminal vraagt het in plaats daarvan).</translation>
    </message>
    <message>
        <source>Stopping: whatever Zoho issued is removed first…</source>
        <translation>Bezig met stoppen: wat Zoho heeft uitgegeven, wordt eerst verwijderd…</translation>
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
        <translation>Helpt je Optiply aan Zoho te koppelen: laat zien wat je invult in de API Console van Zoho, controleert de Client ID en het Client Secret bij Zoho en bewaart ze %1.

Zonder opdracht opent het venster van de assistent.

Opdrachten:
  values   Wat je invult in het registratieformulier voor de client bij Zoho.
  check    Client ID en Client Secret lezen van standaardinvoer en ze bij Zoho controleren.
  verify   Ze controleren en daarna één keer in de browser bij Zoho inloggen als bewijs (--store: daarna bewaren).
  store    Ze controleren zoals `check` doet en daarna bewaren %1.
  status   Of er inloggegevens bewaard zijn (het secret wordt nooit getoond).
  forget   De bewaarde inloggegevens verwijderen.
  diagnose Een rapport voor support: versies, sleutelhanger, proxy en elke accountserver stap voor stap (naam opzoeken, verbinding, TLS, HTTP, klok). Bevat nooit een secret.</translation>
    </message>
    <message>
        <source>With verify: after the sign-in, keep the credentials %1, as the wizard does.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Bij verify: na de aanmelding de inloggegevens %1 bewaren, zoals de assistent doet.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 was damaged or not written by it; it is replaced.</source>
        <translation>De vermelding van dit programma %1 was beschadigd of niet door dit programma geschreven; ze wordt vervangen.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Bewaard %1.</translation>
    </message>
    <message>
        <source>Zoho credentials are stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Er zijn Zoho-inloggegevens bewaard %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so the sign-in may not finish. If it does not, close that program and try again, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Een ander programma op deze computer overspoelt poort %1, waar het antwoord van Zoho binnenkomt, dus de aanmelding lukt misschien niet. Lukt ze niet, sluit dat programma dan en probeer het opnieuw, of voer verify uit in een terminal, waar je het adres kunt plakken waarop de browser uitkomt.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so it may not arrive by itself. If nothing happens after you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Een ander programma op deze computer overspoelt poort %1, waar het antwoord van Zoho binnenkomt, dus het komt misschien niet vanzelf binnen. Gebeurt er niets nadat je op Accept hebt geklikt, kopieer dan het hele adres uit de adresbalk van de browser en voer het hier in.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Not tried: a step before failed.</source>
        <translation>Niet geprobeerd: een eerdere stap is mislukt.</translation>
    </message>
    <message>
        <source>No answer in time (%1 s).</source>
        <translation>Geen antwoord op tijd (%1 s).</translation>
    </message>
    <message>
        <source>The proxy setting names no host that can be looked up, so nothing reaches %1: check the proxy settings.</source>
        <translation>De proxy-instelling noemt geen host die kan worden opgezocht, dus niets bereikt %1: controleer de proxy-instellingen.</translation>
    </message>
    <message>
        <source>The proxy %1 is an address: nothing to look up here; %2 is looked up by the proxy.</source>
        <translation>De proxy %1 is een adres: hier valt niets op te zoeken; %2 wordt door de proxy opgezocht.</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 is een adres: er valt niets op te zoeken.</translation>
    </message>
    <message>
        <source>The name of the proxy %1 could not be looked up (%2), so nothing reaches %3: check the proxy settings.</source>
        <translation>De naam van de proxy %1 kon niet worden opgezocht (%2), dus niets bereikt %3: controleer de proxy-instellingen.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2): no network, a DNS problem, or a filter that blocks it.</source>
        <translation>De naam %1 kon niet worden opgezocht (%2): geen netwerk, een DNS-probleem of een filter dat hem blokkeert.</translation>
    </message>
    <message>
        <source>Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, not by this computer.</source>
        <translation>Proxy %1 staat op %2; via een proxy wordt %3 door de proxy opgezocht, niet door deze computer.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 staat op %2.</translation>
    </message>
    <message>
        <source>Connected to %1 through the proxy %2.</source>
        <translation>Verbonden met %1 via de proxy %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Verbonden met %1 (%2).</translation>
    </message>
    <message>
        <source>Plain HTTP (allowed for a test server on this computer only): no TLS.</source>
        <translation>Gewoon HTTP (alleen toegestaan voor een testserver op deze computer): geen TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 weigerde de verbinding: daar luistert niets, of een firewall houdt hem tegen.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2).</source>
        <translation>De naam %1 kon niet worden opgezocht (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2 (%3).</source>
        <translation>De proxy %1 weigerde verbinding te maken met %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>De proxy %1 is niet gevonden (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>De proxy %1 vraagt om een gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>The proxy %1 failed the connection to %2 (%3).</source>
        <translation>De proxy %1 kon geen verbinding maken met %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network (%2).</source>
        <translation>%1 is vanaf dit netwerk niet bereikbaar (%2).</translation>
    </message>
    <message>
        <source>%1 closed the connection at once (%2).</source>
        <translation>%1 verbrak de verbinding meteen (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>Verbinden met %1 is mislukt: %2.</translation>
    </message>
    <message>
        <source>%1; certificate for %2 issued by “%3”, valid until %4.</source>
        <translation>%1; certificaat voor %2 uitgegeven door “%3”, geldig tot %4.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2 to %3, and this computer&apos;s clock says %4: when the clock is wrong, secure connections fail.</source>
        <translation>Het certificaat voor %1 is geldig van %2 tot %3, en de klok van deze computer zegt %4: als de klok verkeerd staat, mislukken beveiligde verbindingen.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is issued by “%2”, which is not a public certificate authority: your network inspects secure connections (a company firewall, proxy or antivirus). Ask IT to let %1 through unchanged.</source>
        <translation>Het certificaat dat voor %1 werd getoond, is uitgegeven door “%2”, en dat is geen openbare certificaatautoriteit: je netwerk inspecteert beveiligde verbindingen (een firewall of proxy van het bedrijf, of een virusscanner). Vraag je IT-afdeling %1 ongewijzigd door te laten.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>een onbekende uitgever</translation>
    </message>
    <message>
        <source>The certificate presented is for %1, not %2: a login page or a filter answers instead of Zoho.</source>
        <translation>Het getoonde certificaat is voor %1, niet voor %2: een inlogpagina of een filter antwoordt in plaats van Zoho.</translation>
    </message>
    <message>
        <source>No secure connection could be made (%1).</source>
        <translation>Er kon geen beveiligde verbinding worden gemaakt (%1).</translation>
    </message>
    <message>
        <source>The request got no answer: %1.</source>
        <translation>Het verzoek kreeg geen antwoord: %1.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 (server “%3”): an error on the server&apos;s side; try again later.</source>
        <translation>De server antwoordde HTTP %1 %2 (server “%3”): een fout aan de kant van de server; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>A web page answered instead of Zoho (HTTP %1, server “%2”): a network login page or a filter.</source>
        <translation>Een webpagina antwoordde in plaats van Zoho (HTTP %1, server “%2”): een inlogpagina van het netwerk of een filter.</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2 (server “%3”).</source>
        <translation>HTTP %1: doorgestuurd naar %2 (server “%3”).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from server “%3”.</source>
        <translation>HTTP %1 %2 van server “%3”.</translation>
    </message>
    <message>
        <source>The server sent no usable date to compare with.</source>
        <translation>De server stuurde geen bruikbare datum om mee te vergelijken.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s (%1 s apart).</source>
        <translation>De klok van deze computer klopt met die van de server (%1 s verschil).</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <extracomment>%1 is &quot;9 minutes&quot; or &quot;3 hours&quot;</extracomment>
        <translation>Je klok loopt %1 achter op die van de server: bij zo&apos;n groot verschil kunnen beveiligde verbindingen mislukken. Laat de datum en tijd automatisch instellen.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <translation>Je klok loopt %1 voor op die van de server: bij zo&apos;n groot verschil kunnen beveiligde verbindingen mislukken. Laat de datum en tijd automatisch instellen.</translation>
    </message>
    <message>
        <source>Reachable: every step passed.</source>
        <translation>Bereikbaar: elke stap is gelukt.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Naam opzoeken</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Beveiligde verbinding (TLS)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB, far larger than any of Zoho&apos;s: it was refused, not read further. Something other than Zoho may be answering.</source>
        <translation>Het antwoord was groter dan %1 MiB, veel groter dan een antwoord van Zoho ooit is: het is geweigerd en niet verder gelezen. Mogelijk antwoordt iets anders dan Zoho.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 gekopieerd</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation>Deze Client ID lijkt afgekapt: hij heeft %1 van de %2 tekens. Kopieer hem nog eens, volledig.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation>Dit lijkt het Client Secret, niet de Client ID.</translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation>Dit is geen Client ID van Zoho. Een Client ID begint met &quot;1000.&quot; en heeft %1 tekens, zoals 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation>Dit is een Client ID, niet het Client Secret. Het secret is de andere waarde op het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation>Een secret van Zoho bestaat uit de cijfers 0–9 en de letters a–f, maar hier staan andere tekens in. Controleer of je het Client Secret hebt gekopieerd.</translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation>Dit secret is korter dan normaal (%1 tekens; die van Zoho hebben er %2). Misschien is het afgekapt.</translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation>Dit secret is langer dan normaal (%1 tekens; die van Zoho hebben er %2). Controleer of er niets extra&apos;s mee is gekopieerd.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation>Een secret van Zoho heeft kleine letters, maar hier staan hoofdletters in. Kopieer het opnieuw in plaats van het over te typen.</translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation>Beide waarden zijn samen geplakt; ze zijn voor je uit elkaar gehaald.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation>De Client ID en het Client Secret stonden verkeerd om; ze zijn omgewisseld.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation>Dit lijkt het Client Secret, en in het veld voor het secret staat de Client ID: ze lijken omgewisseld.</translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation>In het andere veld stond een andere waarde; het samen geplakte paar heeft die vervangen.</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cyrillische</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griekse</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armeense</translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Dit secret bevat een %1 &apos;%2&apos; die alleen lijkt op een Latijnse &apos;%3&apos;. Kopieer het opnieuw vanaf het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Deze Client ID bevat een %1 &apos;%2&apos; die alleen lijkt op een Latijnse &apos;%3&apos;. Kopieer hem opnieuw uit Zoho.</translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Dit secret bevat &apos;%1&apos;, een teken dat niet in de secrets van Zoho voorkomt. Kopieer het opnieuw vanaf het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Deze Client ID bevat &apos;%1&apos;, een teken dat niet in de Client ID&apos;s van Zoho voorkomt. Kopieer hem opnieuw uit Zoho.</translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation>Client ID %1 gebruikt; de rest is weggelaten.</translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Client ID %1 gebruikt, na &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation>De waarde van %1 tekens is gebruikt als Client ID; de rest is weggelaten.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>De waarde van %1 tekens na &apos;%2&apos; is gebruikt als Client ID.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation>De waarde van %1 tekens na &apos;%2&apos; is gebruikt.</translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation>De waarde van %1 tekens die op een Client Secret lijkt is gebruikt; de rest is weggelaten.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation>De waarde van %1 tekens na &apos;%2&apos; is gebruikt als Client Secret.</translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation>%1 stukjes tekst zijn samengevoegd tot één waarde van %2 tekens.</translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation>Brede letters of cijfers (full-width) zijn omgezet in gewone.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation>
            <numerusform>%n onzichtbaar stuurteken verwijderd.</numerusform>
            <numerusform>%n onzichtbare stuurtekens verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation>Hierin staan %1 verschillende Client ID&apos;s: %2. Plak alleen die van de client die je voor Optiply hebt gemaakt.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation>Dit is een tijdelijke code die Zoho voor één aanmelding heeft gemaakt, niet de Client ID. Kopieer de Client ID vanaf het tabblad Client Secret van je client in de API Console.</translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation>Een Client ID van Zoho heeft meestal alleen hoofdletters, maar hier staan kleine letters in. Heb je hem overgetypt? Kopieer hem dan uit Zoho.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation>Dit is een tijdelijke code die Zoho voor één aanmelding heeft gemaakt, niet het Client Secret. Kopieer het Client Secret vanaf het tabblad Client Secret van je client in de API Console.</translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation>Hierin staan %1 verschillende waarden die het Client Secret kunnen zijn. Plak alleen die van het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation>Er zit iets vast aan het eind van dit secret: nog %1 tekens na %2 hexadecimale tekens. Kopieer alleen het secret vanaf het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation>Hierin staan meerdere stukken tekst en geen ervan lijkt op een Client Secret. Plak alleen het secret vanaf het tabblad Client Secret van Zoho.</translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation>Dit zijn de puntjes die Zoho toont zolang het secret verborgen is. Laat op het tabblad Client Secret van Zoho eerst het secret zien en kopieer het dan.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n broken character(s) that are not text.</source>
        <translation>
            <numerusform>%n kapot teken verwijderd dat geen tekst is.</numerusform>
            <numerusform>%n kapotte tekens verwijderd die geen tekst zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation>Beide velden om&amp;wisselen</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation>Plak de Client ID en het Client Secret</translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation>Kopieer elke waarde vanaf het tabblad Client Secret van Zoho en plak hem hier. Spaties, regeleinden en labels die meekomen, halen we voor je weg.</translation>
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
        <translation>To&amp;nen</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Het Client Secret tonen</translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation>Toon of verberg het secret. Verberg het als je je scherm deelt.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Het Client Secret verbergen</translation>
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
        <translation>Afbeelding: de Client ID en het Client Secret op het tabblad Client Secret van Zoho</translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation>De laatste vier tekens van het secret en een korte controlecode. Support kan dit vergelijken zonder dat iemand het secret hoeft voor te lezen.</translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation>De Client ID wissen</translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation>Het Client Secret wissen</translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation>Voor support: het secret eindigt op %1</translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation>Klik op “Beide velden omwisselen” om verder te gaan.</translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation>Plak de Client ID om verder te gaan.</translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation>Plak het Client Secret om verder te gaan.</translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation>Verbeter eerst de waarde die hierboven is gemarkeerd: kopieer hem opnieuw uit Zoho en plak hem.</translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation>Kopieer het Client Secret opnieuw uit Zoho en plak het hier.</translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation>Kopieer de Client ID opnieuw uit Zoho en plak hem hier.</translation>
    </message>
    <message>
        <source>From the Client Secret tab of your client in Zoho&apos;s API Console. It starts with 1000 and a dot.</source>
        <translation>Van het tabblad Client Secret van je client in de API Console van Zoho. Hij begint met 1000 en een punt.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
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
        <translation>Australië</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabië</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a region such as &quot;Europe&quot;, %2 the Zoho domain such as &quot;zoho.eu&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Verenigde Arabische Emiraten</translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <extracomment>The first choice of the data-center lists: every data center is asked</extracomment>
        <translation>Weet ik niet – zoek het voor me uit</translation>
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
        <translation>Klaar: je Zoho-client staat klaar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation>&lt;b&gt;Laatste stap, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt; en plak daar de Client ID en het Client Secret. Daarna kun je de pagina van Zoho sluiten.</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>&amp;Secret kopiëren</translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation>Het Client Secret kopiëren</translation>
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
        <translation>Koppelingenpagina van Optiply o&amp;penen</translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation>Nog één ding: plak de twee waarden in Optiply.</translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation>De koppelingenpagina van Optiply openen in je browser</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation>verborgen (eindigt op %1)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation>Het Client Secret is gekopieerd. Plak het in Optiply.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Je browser kon niet worden geopend. Open dit adres in je browser: %1</translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking %2 does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60), %2 the label of the wizard&apos;s Finish button</extracomment>
        <translation>Het gekopieerde secret wordt na %1 seconden van het klembord gehaald: plak het voor die tijd in Optiply. Op %2 klikken haalt het er niet eerder af.</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>je Zoho-account</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved %2.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Zoho herkent je client in het datacenter &lt;b&gt;%1&lt;/b&gt;, en de inloggegevens zijn bewaard %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved %3.</source>
        <extracomment>%3 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>&lt;b&gt;Gecontroleerd — verbonden als %1.&lt;/b&gt; Je client staat in het datacenter %2 van Zoho, en de inloggegevens zijn bewaard %3.</translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation>Afbeelding: %1</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation>Je browser kon niet worden geopend. Kopieer dit adres en open het in je browser:</translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation>Adres van de Zoho API Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation>&lt;b&gt;Laat de pagina van Zoho open.&lt;/b&gt; Raak je het secret kwijt voordat het bewaard is? Open dan de client in de API Console en kies ervoor een nieuw secret te maken; verder hoeft er niets te veranderen.</translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation>Dit opent %2, de console van het datacenter %1 van Zoho.</translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation>Plak elke waarde precies zoals hij is, zonder spatie of schuine streep aan het eind.</translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation>Dit doe je in de API Console van Zoho, in je browser. Kom na elke stap hier terug.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation>Je browser kon niet worden geopend. Kopieer het adres en open het in je browser.</translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 and choose your data center, so the console of your own data center opens.</source>
        <extracomment>%1 is a web address, %2 the label of the wizard&apos;s Back button</extracomment>
        <translation>Dit opent %1. Gebruik je Zoho op een ander adres, zoals zoho.eu? Klik dan op %2 en kies je datacenter, zodat de console van je eigen datacenter opent.</translation>
    </message>
</context>
<context>
    <name>KeychainName</name>
    <message>
        <source>in Windows Credential Manager</source>
        <extracomment>Windows&apos; own name of its store of passwords, as Windows writes it in this language</extracomment>
        <translation>in Windows Referentiebeheer</translation>
    </message>
    <message>
        <source>in the Keychain (Keychain Access)</source>
        <extracomment>macOS&apos; own names: the keychain, and in brackets the app that shows it (&quot;Keychain Access&quot;)</extracomment>
        <translation>in de sleutelhanger (Sleutelhangertoegang)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>in de sleutelhanger van deze computer</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation>Zoho kent deze Client ID niet in het gevraagde datacenter.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation>Het terugstuuradres dat in Zoho voor deze client is ingevuld, komt niet precies overeen met dat van de assistent.</translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation>Zoho stond de toegang die de assistent vroeg niet toe.</translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation>Zoho had zelf een tijdelijk probleem.</translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation>Zoho gaf geen verdere uitleg.</translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation>Ingelogd bij Zoho</translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation>Zoho heeft de Zoho-koppelassistent geantwoord. Je kunt dit tabblad sluiten en teruggaan naar de assistent: die rondt de controle af en laat het resultaat zien.</translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation>Zoho heeft geen toegang gegeven</translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation>De toegang is geweigerd op de pagina van Zoho, of er waren te veel inlogpogingen binnen 10 minuten. Sluit dit tabblad en ga terug naar de assistent: die vertelt wat je moet doen.</translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation>Zoho meldt een probleem</translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation>Zoho beantwoordde de aanmelding met &quot;%1&quot;: %2 Sluit dit tabblad en ga terug naar de assistent: die vertelt wat je moet doen.</translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation>Geen antwoord op deze aanmelding</translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation>Dit adres op je computer hoort bij de Zoho-koppelassistent. Wat hier binnenkwam, is niet het antwoord van Zoho op de lopende aanmelding, dus er is niets veranderd. Gebruik om in te loggen het tabblad dat de assistent heeft geopend, of start de aanmelding opnieuw vanuit de assistent.</translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation>Open de Zoho API Console</translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation>Voeg een client toe (Server-based Applications)</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Vul de gegevens in</translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation>Maak de client aan</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation>Kopieer de Client ID en het Client Secret</translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation>Instellingen → Koppelingen → voeg Zoho toe als nieuwe gegevensbron</translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation>Elke naam is goed; aan deze zie je later waarvoor hij is.</translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation>Zoho vraagt om een website; die van Optiply is prima.</translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1 (de terugstuuradressen) zijn de adressen waar Zoho je naar terugstuurt nadat je een koppeling hebt toegestaan. Optiply heeft de eerste nodig; de tweede blijft op deze computer en laat deze assistent nu één keer controleren of je Client ID en Client Secret werken. Vul ze allebei in, elk op een eigen regel (met de + van Zoho voeg je de tweede toe).</translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation>Klik hieronder op %1. Je browser opent de API Console van Zoho.</translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation>Klik rechtsboven op %1. Heb je er nog nooit een toegevoegd, dan toont Zoho %2: klik daarop.</translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Zoho toont soorten clients. Ga met de muis naar %1.</translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Klik daar op %1.</translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: plak de naam.</translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: plak de website.</translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: plak het eerste adres.</translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation>Klik op %1 ernaast: Zoho voegt een tweede, lege regel toe.</translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation>Plak het tweede adres in de nieuwe regel.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Klik op %1.</translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation>Open het tabblad %1.</translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Kopieer %1 met het kopieersymbool aan het eind van de regel.</translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Kopieer %1 op dezelfde manier.</translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation>In de API Console van Zoho geef je Optiply toestemming om met je Zoho te koppelen.</translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation>Als je bent ingelogd, toont de console de koppelingen die je tot nu toe hebt toegestaan.</translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation>In de API Console:</translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation>Plakken voorkomt typefouten.</translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Controleer het formulier nog één keer: beide adressen onder %1, elk op een eigen regel.</translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation>Zoho toont nu je nieuwe client.</translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation>Zoho toont de gegevens van je nieuwe client.</translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation>Op de volgende pagina plak je ze.</translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation>Zoho API Console o&amp;penen</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The button beside each value to copy</extracomment>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, click your client, %1, to open it.</source>
        <extracomment>%1 is the client&apos;s name as entered in step 3 (&quot;Optiply&quot;)</extracomment>
        <translation>Klik in de API Console van Zoho op je client, %1, om hem te openen.</translation>
    </message>
    <message>
        <source>Click %1 beside %2: Zoho adds an empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button, %2 the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Klik op %1 naast %2: Zoho voegt een lege regel toe.</translation>
    </message>
    <message>
        <source>Paste the address into the new, empty line. The lines above it stay as they are.</source>
        <translation>Plak het adres in de nieuwe, lege regel. De regels erboven blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Add the missing address in Zoho</source>
        <translation>Voeg het ontbrekende adres toe in Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know %1 yet: add it as one more line.</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Zoho kent %1 nog niet: voeg het toe als extra regel.</translation>
    </message>
    <message>
        <source>Then click %1 here.</source>
        <extracomment>%1 is the label of the assistant&apos;s button that checks again</extracomment>
        <translation>Klik daarna hier op %1.</translation>
    </message>
    <message>
        <source>On Zoho&apos;s %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation>Log op de pagina %1 van Zoho in met het Zoho-account dat je bedrijf gebruikt voor Zoho Inventory of Zoho Books.</translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its %1 button and paste it into Zoho&apos;s field of the same name:</source>
        <extracomment>%1 is the label of the button beside each value</extracomment>
        <translation>Zoho toont een formulier. Kopieer elke waarde hieronder met de knop %1 ernaast en plak hem in het veld met dezelfde naam bij Zoho:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Zoho koppelen aan Optiply</translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation>Sluiten zonder het secret te bewaren?</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>Toch &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation>Sluiten zonder het Client Secret te bewaren?</translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation>Het Client Secret dat je hebt geplakt, is nog niet bewaard, en Zoho toont het maar één keer. Sluit je nu, dan moet je misschien een nieuw secret maken in de API Console van Zoho.</translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation>Zoho herkent deze client</translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation>Dit zijn geen inloggegevens van Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation>Zoho kent deze Client ID niet</translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation>Het Client Secret klopt niet</translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation>Zoho vraagt ons het rustiger aan te doen</translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation>Zoho is niet bereikbaar</translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation>De beveiligde verbinding met Zoho is mislukt</translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation>Zoho antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation>Zoho gaf een onverwacht antwoord</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation>Kopieer de Client ID en het Client Secret opnieuw vanaf het tabblad Client Secret van je client in de Zoho API Console.</translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho kreeg in korte tijd te veel verzoeken voor deze client. Wacht tien minuten en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation>Controleer of deze computer online is en of geen firewall of proxy %1 blokkeert. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation>De verbinding met Zoho kon niet worden beveiligd, dus er is niets verstuurd. Een bedrijfsnetwerk of virusscanner die beveiligde verbindingen inspecteert, kan dit veroorzaken; vraag je IT-afdeling dit programma rechtstreeks toegang tot Zoho te geven.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation>Het datacenter %1 van Zoho antwoordde niet. Controleer je internetverbinding en probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation>Het datacenter %1 van Zoho antwoordde met iets anders dan een antwoord van Zoho. Vaak is dit een tijdelijk probleem bij Zoho, of een inlogpagina van een netwerk (wifi in een hotel of voor gasten). Open een willekeurige webpagina in je browser om dat te controleren en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation>De aanmelding bij Zoho is niet afgerond</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation>Het datacenter %1 van Zoho heeft deze inloggegevens geaccepteerd in een volledige aanmelding.</translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation>Zoho heeft de aanmelding niet afgerond: de toegang is geweigerd op de pagina van Zoho, of de aanmelding duurde te lang of is twee keer gestart. Probeer opnieuw in te loggen.</translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Deze computer gaat via de proxyserver %1 het internet op; daar kan het probleem zitten. Je IT-afdeling kan dat controleren.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation>De verbinding met het datacenter %1 van Zoho werd geweigerd. Waarschijnlijk blokkeert een firewall of beveiligingsprogramma op deze computer of dit netwerk dit programma: geef het toegang tot Zoho, of vraag je IT-afdeling dat te doen, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation>De verbinding met het datacenter %1 van Zoho werd verbroken voordat het antwoord van Zoho binnen was. Dit kan komen door een zwakke of onstabiele verbinding (wifi, mobiel, VPN), of door een firewall of beveiligingsprogramma dat het verkeer inspecteert. Probeer het opnieuw; gebeurt het weer, probeer dan een ander netwerk.</translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Deze computer kon het datacenter %1 van Zoho niet bereiken: hij lijkt offline te zijn, of een VPN of firewall zit in de weg. Controleer of websites openen in je browser en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation>Een proxyserver tussen deze computer en Zoho vraagt om een gebruikersnaam en wachtwoord, en dit programma kan niet inloggen bij een proxy. Vraag je IT-afdeling het datacenter %1 van Zoho bereikbaar te maken zonder in te loggen bij de proxy, of gebruik een netwerk zonder deze proxy.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>De proxyserver %1, waarmee deze computer het internet op gaat, vraagt om een gebruikersnaam en wachtwoord, en dit programma kan niet inloggen bij een proxy. Vraag je IT-afdeling het datacenter %2 van Zoho bereikbaar te maken zonder in te loggen bij de proxy, of gebruik een netwerk zonder deze proxy.</translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation>De proxyserver waarmee deze computer het internet op gaat, heeft dit programma niet verbonden met het datacenter %1 van Zoho: hij weigerde de verbinding, die mislukte of werd gesloten. Controleer de proxy-instellingen van deze computer, of vraag je IT-afdeling dit programma toegang tot Zoho te geven.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>De proxyserver %1, waarmee deze computer het internet op gaat, heeft dit programma niet verbonden met het datacenter %2 van Zoho: hij weigerde de verbinding, die mislukte of werd gesloten. Controleer de proxy-instellingen van deze computer, of vraag je IT-afdeling dit programma toegang tot Zoho te geven.</translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation>De controle is gestopt voordat Zoho antwoordde. Start hem opnieuw zodra je klaar bent.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation>De beveiligde verbinding met Zoho werd beantwoord met een certificaat dat deze computer niet vertrouwt, dus er is niets verstuurd. Meestal onderschept iets op dit netwerk of deze computer beveiligde verbindingen: een firewall of proxy van het bedrijf, of de webbescherming van een virusscanner. Vraag je IT-afdeling dit programma zonder inspectie toegang tot Zoho te geven, of probeer een ander netwerk.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>De beveiligde verbinding met Zoho werd beantwoord met een certificaat van &quot;%1&quot;, dat deze computer niet vertrouwt, dus er is niets verstuurd. Meestal onderschept iets op dit netwerk of deze computer beveiligde verbindingen, zoals een firewall of proxy van het bedrijf of de webbescherming van een virusscanner, en &quot;%1&quot; is daarvan de naam. Vraag je IT-afdeling dit programma zonder inspectie toegang tot Zoho te geven, of probeer een ander netwerk.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation>De beveiligde verbinding met Zoho is geweigerd omdat het certificaat niet geldig is op de datum en tijd van deze computer, dus er is niets verstuurd. Meestal staat de klok van deze computer verkeerd: stel de datum, tijd en tijdzone goed in en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>De beveiligde verbinding werd beantwoord met het certificaat van een andere website, dus er is niets verstuurd. Dat doet de inlogpagina van een hotel-, gasten- of openbaar wifinetwerk, of een netwerk dat verkeer omleidt. Open een willekeurige webpagina in je browser, log in op het netwerk of accepteer de voorwaarden, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>De beveiligde verbinding werd beantwoord met het certificaat van een andere website (uitgegeven door &quot;%1&quot;), dus er is niets verstuurd. Dat doet de inlogpagina van een hotel-, gasten- of openbaar wifinetwerk, of een netwerk dat verkeer omleidt. Open een willekeurige webpagina in je browser, log in op het netwerk of accepteer de voorwaarden, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation>Er kon geen beveiligde verbinding worden opgezet met het datacenter %1 van Zoho, dus er is niets verstuurd. Iets tussen deze computer en Zoho, zoals een firewall, proxy of beveiligingsprogramma, verstoort beveiligde verbindingen. Probeer een ander netwerk, of vraag je IT-afdeling dit programma rechtstreeks toegang tot Zoho te geven.</translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation>Dit programma kan geen beveiligde verbindingen maken: de versleuteling (OpenSSL) ontbreekt of werkt niet. Installeer het programma opnieuw en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation>Het datacenter %1 van Zoho antwoordde niet op tijd. Misschien is de verbinding erg traag, of houdt een firewall hem stilletjes tegen. Controleer je internetverbinding en probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation>Het datacenter %1 van Zoho heeft zelf een probleem: het antwoordde met een serverfout. Dit is meestal tijdelijk en zegt niets over je inloggegevens. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation>In plaats van het antwoord van Zoho kwam er een webpagina terug: meestal de inlogpagina van een hotel-, gasten- of openbaar wifinetwerk, of een melding van een webfilter van het bedrijf. Open een willekeurige webpagina in je browser, log in op het netwerk of accepteer de voorwaarden, en probeer het dan opnieuw. Staat er op de pagina dat Zoho geblokkeerd is, vraag het dan aan je IT-afdeling.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation>Het datacenter %1 van Zoho antwoordde met iets wat geen antwoord van Zoho is. Meestal is dit een tijdelijk probleem bij Zoho, of een proxy of beveiligingsprogramma dat het antwoord verandert. Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>In plaats van te antwoorden stuurde de server dit programma door naar een onversleuteld adres (http://). Het programma is daar niet heen gegaan, dus er is niets verstuurd. Dat doet de inlogpagina van een hotel-, gasten- of openbaar wifinetwerk, of een verkeerd ingestelde proxy. Open een willekeurige webpagina in je browser, log in op het netwerk of accepteer de voorwaarden, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation>In plaats van te antwoorden stuurde het datacenter %1 van Zoho dit programma door naar een ander adres. Het programma is daar niet heen gegaan: de inloggegevens gaan alleen naar de accountserver van Zoho. Controleer of het juiste datacenter is gekozen en, als je zelf een adres voor de accountserver hebt ingevuld, of dat klopt. Probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation>Het datacenter %1 van Zoho antwoordde, maar met iets wat dit programma niet kent. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met support van Optiply en noem de technische details.</translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho weigert voorlopig meer verzoeken voor deze client: het kreeg in korte tijd te veel verzoeken. Wacht tien minuten en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation>Het terugstuuradres dat in Zoho is ingevuld, klopt niet</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation>Het datacenter %1 van Zoho herkent deze client. Alleen een aanmelding bij Zoho bewijst dat ook het Client Secret klopt.</translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation>Zoho heeft de client gevonden in het datacenter %1, maar het Client Secret klopt niet. Kopieer het opnieuw vanaf het tabblad Client Secret van je client in de API Console van Zoho. Maak daar alleen een nieuw secret als het echt moet: elke koppeling die het huidige secret gebruikt, werkt dan niet meer tot hij het nieuwe krijgt.</translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Geen enkel datacenter van Zoho was bereikbaar vanaf deze computer. Hij lijkt offline te zijn, of een firewall, proxy of VPN zit in de weg. Controleer of websites openen in je browser en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation>Het datacenter %1 van Zoho kon vanaf deze computer niet worden gevonden. Waarschijnlijk is de computer offline, of werkt de internetverbinding niet goed. Controleer of websites openen in je browser en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation>Het datacenter %1 van Zoho stuurde een antwoord dat veel groter is dan welk antwoord van Zoho ook, dus dit programma heeft het niet gelezen. Misschien verandert iets tussen deze computer en Zoho het antwoord, zoals een proxy of beveiligingsprogramma. Probeer het later opnieuw, of op een ander netwerk.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation>Volgens het antwoord van Zoho staat je Zoho-account op %1, een adres van Zoho dat dit programma niet kent. Daarom is het daar gestopt: er is niets naar dat adres verstuurd. Neem contact op met support van Optiply en noem dit adres.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation>Het datacenter %1 van Zoho heeft deze inloggegevens geaccepteerd in een volledige aanmelding, maar deze testaanmelding kon niet weer bij Zoho worden verwijderd. Hij blijft geldig tot hij wordt verwijderd, en telt mee voor de limiet van Zoho van 20 van zulke aanmeldingen voor deze client. Verwijder hem in de instellingen van je Zoho-account (Zoho Accounts), onder Sessions, Connected Apps.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;%2&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <extracomment>%1 is a data center, %2 the list&apos;s choice that asks them all (&quot;I don&apos;t know – find it for me&quot;)</extracomment>
        <translation>Het datacenter %1 van Zoho heeft geen client met deze ID. Controleer of je het datacenter hebt gekozen waar je Zoho-account staat (het adres waarop je inlogt, zoals zoho.eu of zoho.com), of kies &quot;%2&quot; zodat alle datacenters worden gevraagd. Controleer daarna of de Client ID volledig is gekopieerd.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished. Start it again when you are ready.</source>
        <translation>De controle is gestopt voordat hij klaar was. Start hem opnieuw zodra je klaar bent.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer did not reach the assistant: while it waited, another program on this computer opened many connections to the address the answer comes to. Try again; after you click Accept, copy the whole address from your browser&apos;s address bar and paste it into the assistant.</source>
        <translation>Het antwoord van Zoho heeft de assistent niet bereikt: terwijl de assistent wachtte, opende een ander programma op deze computer veel verbindingen naar het adres waar het antwoord binnenkomt. Probeer het opnieuw; kopieer na het klikken op Accept het hele adres uit de adresbalk van je browser en plak het in de assistent.</translation>
    </message>
    <message>
        <source>Zoho did not allow access: Reject was clicked on Zoho&apos;s page, or the page was left another way. Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho heeft geen toegang gegeven: op de pagina van Zoho is op Reject geklikt, of de pagina is op een andere manier verlaten. Log opnieuw in en klik op de pagina van Zoho op Accept.</translation>
    </message>
    <message>
        <source>Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones for a while. Wait 10 minutes, then sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho heeft opnieuw geen toegang gegeven. Na meerdere aanmeldingen binnen 10 minuten weigert Zoho een tijdje nieuwe. Wacht 10 minuten, log dan opnieuw in en klik op de pagina van Zoho op Accept.</translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.</source>
        <translation>De client bestaat in het datacenter %1 van Zoho, maar de terugstuuradressen die je in Zoho hebt ingevuld (Authorized Redirect URIs) komen niet precies overeen met %2. Open de client in de API Console, vul de adressen precies in zoals in stap 3 (geen spatie, geen schuine streep aan het eind) en klik op %3.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time: the page was closed, or left open without clicking Accept. Most often Zoho&apos;s page showed &quot;Invalid Redirect Uri&quot;: then %1 is missing from the Authorized Redirect URIs of your client in Zoho&apos;s API Console. Add it there, click %2, then sign in again.</source>
        <extracomment>%1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>De aanmelding is niet op tijd afgerond in de browser: de pagina is gesloten, of open gelaten zonder op Accept te klikken. Meestal toonde de pagina van Zoho &quot;Invalid Redirect Uri&quot;: dan ontbreekt %1 bij de Authorized Redirect URIs van je client in de API Console van Zoho. Voeg het daar toe, klik op %2 en log daarna opnieuw in.</translation>
    </message>
</context>
<context>
    <name>QtButtonWords</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Nee</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation>Er zijn geen Zoho-inloggegevens bewaard op deze computer.</translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation>De inloggegevens zijn niet bewaard; er is niets naar de schijf geschreven.</translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation>Bewaarde inloggegevens konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation>De bewaarde inloggegevens zijn niet verwijderd.</translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>Deze computer heeft geen sleutelhanger die dit programma kan gebruiken. %1 Installeer en start een Secret Service (GNOME Keyring of KWallet) in je bureaubladsessie en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation>Toegang tot de sleutelhanger is geweigerd. %1 Probeer het opnieuw en sta toegang toe als het systeem erom vraagt.</translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation>De sleutelhanger is vergrendeld. %1 Ontgrendel hem (op Linux: in Wachtwoorden en sleutels, of door opnieuw in te loggen) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Nothing could be kept or read %2. %1 Restart the computer and try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Er kon niets worden bewaard of gelezen %2. %1 Start de computer opnieuw op en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The credentials are too long to be kept %2 (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>De inloggegevens zijn te lang om %2 te bewaren (hoogstens %1 bytes). Controleer of alleen de Client ID en het Client Secret zijn geplakt.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Het item van dit programma %1 is niet te lezen. Verwijder het met &quot;zoho-onboarding forget&quot; en bewaar de inloggegevens daarna opnieuw.</translation>
    </message>
    <message>
        <source>What was saved %1 did not come back the same. Try again; if it keeps happening, restart the computer.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Wat %1 was bewaard, kwam niet hetzelfde terug. Probeer het opnieuw; blijft het gebeuren, start de computer dan opnieuw op.</translation>
    </message>
    <message>
        <source>Something went wrong %2. %1 Try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Er ging iets mis %2. %1 Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>Client &amp;ID kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>&amp;Secret kopiëren</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation>Je Zoho-koppeling is ingesteld</translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation>Deze computer bewaart de Client ID en het Client Secret die je voor Optiply hebt gemaakt.</translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation>De Client ID kopiëren voor Optiply</translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation>Het Client Secret kopiëren voor Optiply</translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation>Controleert bij Zoho met één aanmelding of de bewaarde inloggegevens nog werken.</translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation>Helpt je stap voor stap een nieuwe client te maken in Zoho; de bewaarde blijft tot de nieuwe is bewaard.</translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation>Verwijdert de inloggegevens van deze computer. Aan Zoho en Optiply verandert niets.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation>&lt;b&gt;Voor Optiply:&lt;/b&gt; kopieer elke waarde en plak hem in Optiply.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iets anders:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation>Gecontroleerd als %1 op %2.</translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Bewaard op %1. Zoho heeft de client herkend; er is nog niet mee ingelogd.</translation>
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
        <translation>verborgen (eindigt op %1)</translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation>Datacenter van Zoho:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation>De Client ID is gekopieerd.</translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation>Het Client Secret is gekopieerd. Het wordt na %1 seconden van het klembord gehaald.</translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation>De bewaarde inloggegevens vergeten?</translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation>Ze worden van deze computer verwijderd. De client in Zoho en de koppeling in Optiply blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>R&amp;eplace with New Credentials</source>
        <translation>Vervangen door &amp;nieuwe inloggegevens</translation>
    </message>
    <message>
        <source>For&amp;get These Credentials</source>
        <translation>Deze inloggegevens ver&amp;geten</translation>
    </message>
    <message>
        <source>Stored credentials: %1</source>
        <extracomment>%1 is the list of what is stored (Client ID, data center, when)</extracomment>
        <translation>Bewaarde inloggegevens: %1</translation>
    </message>
</context>
<context>
    <name>SupportDetailsView</name>
    <message>
        <source>For support, in English:</source>
        <extracomment>Heading over technical lines that stay in English (Zoho&apos;s error codes); say that they do</extracomment>
        <translation>Voor support, in het Engels:</translation>
    </message>
    <message>
        <source>For support, in English: %1</source>
        <extracomment>%1 is the technical lines themselves, in English</extracomment>
        <translation>Voor support, in het Engels: %1</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>none: direct connection</source>
        <translation>geen: directe verbinding</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <extracomment>%1 is an environment variable such as https_proxy</extracomment>
        <translation>uit de omgevingsvariabele %1</translation>
    </message>
    <message>
        <source>from the system&apos;s proxy settings</source>
        <translation>uit de proxy-instellingen van het systeem</translation>
    </message>
    <message>
        <source>set by this program</source>
        <translation>ingesteld door dit programma</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Zoho onboarding assistant: report for support</source>
        <translation>Zoho-koppelassistent: rapport voor support</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referentie: %1</translation>
    </message>
    <message>
        <source>Made at: %1</source>
        <translation>Gemaakt op: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Systeem: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Sleutelhanger</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Works: a test item was written, read back and deleted.</source>
        <translation>Werkt: een testitem is geschreven, teruggelezen en verwijderd.</translation>
    </message>
    <message>
        <source>DOES NOT WORK: written %1, read back %2, deleted %3.</source>
        <translation>WERKT NIET: geschreven %1, teruggelezen %2, verwijderd %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fout (%1): %2</translation>
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
        <translation>Inloggegevens</translation>
    </message>
    <message>
        <source>None entered or stored.</source>
        <translation>Niets ingevuld of bewaard.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Bewaard in de sleutelhanger</translation>
    </message>
    <message>
        <source>Entered in the assistant</source>
        <translation>Ingevuld in de assistent</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Kenmerk van het secret: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Datacenter: %1</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Laatste controle</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>When: %1 (reference %2)</source>
        <translation>Wanneer: %1 (referentie %2)</translation>
    </message>
    <message>
        <source>Step: %1, data center: %2</source>
        <translation>Stap: %1, datacenter: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Status: %1, cause: %2, Zoho error: %3</source>
        <translation>Status: %1, oorzaak: %2, Zoho-fout: %3</translation>
    </message>
    <message>
        <source>Accounts servers</source>
        <translation>Accountservers</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Geen gecontroleerd.</translation>
    </message>
    <message>
        <source>, overridden</source>
        <translation>, aangepast</translation>
    </message>
    <message>
        <source>, through proxy %1</source>
        <translation>, via proxy %1</translation>
    </message>
    <message>
        <source>Verdict: reachable.</source>
        <translation>Uitkomst: bereikbaar.</translation>
    </message>
    <message>
        <source>Verdict: %1 %2: %3</source>
        <extracomment>%1 is a step such as &quot;Name lookup&quot;, %2 a sentence</extracomment>
        <translation>Uitkomst: %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Logbestanden: %1</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>niet geschreven</translation>
    </message>
    <message>
        <source>This report holds no Client Secret, grant code or token.</source>
        <translation>Dit rapport bevat geen Client Secret, autorisatiecode of token.</translation>
    </message>
</context>
<context>
    <name>SupportReportWidget</name>
    <message>
        <source>Copy &amp;report for support</source>
        <translation>&amp;Rapport voor support kopiëren</translation>
    </message>
    <message>
        <source>Copy report for support</source>
        <translation>Rapport voor support kopiëren</translation>
    </message>
    <message>
        <source>Checks the connection to Zoho and the keychain, then copies a report for support to the clipboard. It holds no Client Secret.</source>
        <translation>Controleert de verbinding met Zoho en de sleutelhanger, en kopieert daarna een rapport voor support naar het klembord. Er staat geen Client Secret in.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <extracomment>%1 is a six-character code such as K7QF3M that the customer reads out to support</extracomment>
        <translation>Je referentie: %1</translation>
    </message>
    <message>
        <source>Your reference for support: %1</source>
        <translation>Je referentie voor support: %1</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>De verbinding controleren…</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <extracomment>Shown for a few seconds after the report was put on the clipboard</extracomment>
        <translation>Gekopieerd: plak het in je bericht aan support.</translation>
    </message>
</context>
<context>
    <name>VerificationFlow</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation>Zoho herkent je client in het datacenter %1</translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation>Gecontroleerd — verbonden als %1</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>je Zoho-account</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then bring the address your browser lands on back here: another program is using the port the assistant receives Zoho&apos;s answer on. The test sign-in is removed from your Zoho account right after.</source>
        <translation>De inlogpagina van Zoho opent in je browser. Log in met je Zoho-account, klik op Accept en breng daarna het adres waarop je browser uitkomt hierheen: een ander programma gebruikt de poort waarop de assistent het antwoord van Zoho ontvangt. De testaanmelding wordt daarna meteen weer uit je Zoho-account verwijderd.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation>De inlogpagina van Zoho opent in je browser. Log in met je Zoho-account en klik op Accept: de assistent krijgt het antwoord van Zoho dan vanzelf binnen. De testaanmelding wordt daarna meteen weer uit je Zoho-account verwijderd.</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation>Deze client is actief in meerdere datacenters (%1).</translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation>Datacenter %1 van Zoho vragen…</translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation>Alle datacenters van Zoho vragen waar je client staat…</translation>
    </message>
    <message>
        <source>Zoho does not know the sign-in&apos;s return address yet</source>
        <translation>Zoho kent het terugkeeradres van de aanmelding nog niet</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation>Zoho herkent je client in het datacenter %1. Log nu één keer in.</translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation>De bewaarde inloggegevens vervangen?</translation>
    </message>
    <message>
        <source>Not saved: another save came first</source>
        <translation>Niet bewaard: een andere opslag was eerder klaar</translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation>Je inloggegevens kloppen, maar ze konden niet worden bewaard</translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation>Niet bewaard: de eerder bewaarde inloggegevens zijn gehouden</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation>De testaanmelding kon niet worden verwijderd bij Zoho. Hij verloopt vanzelf binnen een uur.</translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation>De testaanmelding is weer verwijderd bij Zoho.</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation>Zoho kent het adres niet waar het je naar moet terugsturen nadat je toestemming hebt gegeven: de tweede regel van Authorized Redirect URIs uit stap 3 ontbreekt. Voeg die toe zoals hieronder staat en log daarna opnieuw in.</translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation>Deze computer bewaart al Zoho-inloggegevens: Client ID %1, bewaard %2. Wil je die vervangen door de inloggegevens die je net hebt gecontroleerd?</translation>
    </message>
    <message>
        <source>While these credentials were being saved, another save of Zoho credentials (Client ID %1) finished at the same time, and those are the ones this computer keeps now. Nothing is wrong with the keychain: save again to keep these instead.</source>
        <extracomment>%1 is a masked Client ID such as 1000.GMB0…EX0</extracomment>
        <translation>Terwijl deze inloggegevens werden bewaard, werd tegelijk een andere opslag van Zoho-inloggegevens (Client ID %1) afgerond, en die bewaart deze computer nu. Er is niets mis met de sleutelhanger: bewaar opnieuw om in plaats daarvan deze te houden.</translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked are not saved.</source>
        <translation>Deze computer bewaart nog de eerdere Zoho-inloggegevens (Client ID %1). De inloggegevens die je net hebt gecontroleerd, zijn niet bewaard.</translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation>Zonder aanmelding is het secret pas bewezen als Optiply verbinding maakt.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in could not be removed from Zoho.</source>
        <translation>Onderbroken: de testaanmelding kon niet worden verwijderd bij Zoho.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in was removed from Zoho.</source>
        <translation>Onderbroken: de testaanmelding is verwijderd bij Zoho.</translation>
    </message>
    <message>
        <source>Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.</source>
        <translation>Onderbroken voordat Zoho iets had uitgegeven: er is niets achtergebleven in je Zoho-account.</translation>
    </message>
    <message>
        <source>Saving the credentials %1…</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>De inloggegevens worden bewaard %1…</translation>
    </message>
    <message>
        <source>Your credentials are saved %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Je inloggegevens zijn bewaard %1.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept. Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address your browser lands on back here. The test sign-in is removed from your Zoho account right after.</source>
        <translation>De inlogpagina van Zoho opent in je browser. Log in met je Zoho-account en klik op Accept. Een ander programma op deze computer overspoelt de poort waarop de assistent het antwoord van Zoho ontvangt, dus het antwoord komt misschien niet vanzelf binnen: gebeurt er na Accept niets, breng dan het adres waarop je browser uitkomt hierheen. De testaanmelding wordt daarna meteen weer uit je Zoho-account verwijderd.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center knows your client, but not the address its sign-in returns to: %2 is missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho&apos;s API Console, click %3, then check again.</source>
        <extracomment>%1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>Het %1-datacenter van Zoho kent je client, maar niet het adres waarnaar de aanmelding terugkeert: %2 ontbreekt bij de Authorized Redirect URIs (de tweede regel uit stap 3). Voeg het toe in de API Console van Zoho, klik op %3 en controleer daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation>Controleren bij Zoho</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation>Je Client &amp;Secret, hier vastgehouden tot het is bewaard:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation>Opnieuw proberen te &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation>Inlogpagina opnieuw o&amp;penen</translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation>Adres uit de browser</translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation>Aanmelding opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>Opnieuw &amp;inloggen</translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation>Je browser kon niet worden geopend. Het adres van de inlogpagina van Zoho staat nu op het klembord: plak het in de adresbalk van je browser.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation>De oude &amp;houden</translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation>Daar &amp;nakijken</translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation>Adres waar Zoho je naar terugstuurt</translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation>Zoho heeft de client al herkend. Zonder aanmelding is het secret pas helemaal bewezen als Optiply verbinding maakt.</translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation>Client Secret, nog niet bewaard</translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation>Het nog niet bewaarde Client Secret tonen</translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation>Het nog niet bewaarde Client Secret kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation>Het Client Secret is gekopieerd.</translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation>Te controleren datacenter van Zoho</translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation>Welk &amp;datacenter van Zoho?</translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation>Nog niet gekoppeld: één ding moet je nog oplossen</translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation>Gecontroleerd, maar nog niet bewaard</translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation>Gecontroleerd en bewaard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation>Het secret opnieuw &amp;plakken</translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation>Client ID opnieuw &amp;plakken</translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation>Ander datacenter &amp;kiezen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Without Signing In</source>
        <translation>Bewaren &amp;zonder in te loggen</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Door&amp;gaan</translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole address from its address bar and paste it &amp;here.</source>
        <translation>Een ander programma op deze computer zit in de weg, dus de assistent kan het antwoord van Zoho niet vanzelf ontvangen. Nadat je op de pagina van Zoho op Accept hebt geklikt, toont je browser een foutmelding of de pagina van een ander programma: kopieer het hele adres uit de adresbalk en plak het &amp;hier.</translation>
    </message>
    <message>
        <source>Add the &amp;Missing Address in Zoho</source>
        <translation>Ontbrekend adres in Zoho toevoe&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Wait Ten Minutes, Then Check Again</source>
        <translation>Tien minuten &amp;wachten, dan opnieuw controleren</translation>
    </message>
    <message>
        <source>Checking again in %1</source>
        <extracomment>%1 is the time left, in minutes and seconds, such as 9:59</extracomment>
        <translation>Over %1 opnieuw controleren</translation>
    </message>
    <message>
        <source>&amp;Replace Them After All</source>
        <translation>Toch &amp;vervangen</translation>
    </message>
    <message>
        <source>Click Next to go on with them, or replace them after all. The new secret stays below until you close the assistant: copy it if you want to keep it.</source>
        <translation>Klik op Volgende om ermee verder te gaan, of vervang ze toch. Het nieuwe secret blijft hieronder staan tot je de assistent sluit: kopieer het als je het wilt houden.</translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>De assistent vraagt Zoho of het je client kent, logt één keer in om de inloggegevens te bewijzen en bewaart ze %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself. If nothing happens after you click Accept on Zoho&apos;s page, copy the whole address from your browser&apos;s address bar and paste it &amp;here.</source>
        <translation>Een ander programma op deze computer overspoelt de poort waarop de assistent het antwoord van Zoho ontvangt, dus het antwoord komt misschien niet vanzelf binnen. Gebeurt er niets nadat je op de pagina van Zoho op Accept hebt geklikt, kopieer dan het hele adres uit de adresbalk van je browser en plak het &amp;hier.</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Afbeelding: %1</translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click &lt;b&gt;%1&lt;/b&gt;, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation>Toont de browser &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;? Dan ontbreekt de tweede regel van &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; uit stap 3 (het adres waar Zoho je naar terugstuurt nadat je toestemming hebt gegeven). Open je client in de API Console van Zoho, voeg het toe, klik op &lt;b&gt;%1&lt;/b&gt; en log opnieuw in.&lt;br&gt;Toont hij &lt;b&gt;Invalid Client&lt;/b&gt;? Dan heeft Zoho je ingelogd in een andere regio dan die van de client. Log in de browser uit bij Zoho en start de aanmelding opnieuw.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation>Koppel je Zoho aan Optiply</translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation>Ongeveer tien minuten. Je hebt het Zoho-account nodig dat je bedrijf gebruikt voor Zoho Inventory of Zoho Books.</translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation>Afbeelding: Zoho en Optiply, gekoppeld</translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation>Datacenter van Zoho</translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation>&amp;Waar staat je Zoho-account?</translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation>Kijk in de adresbalk als je Zoho gebruikt: &lt;b&gt;zoho.eu&lt;/b&gt; betekent Europa, &lt;b&gt;zoho.com&lt;/b&gt; betekent Verenigde Staten, &lt;b&gt;zoho.in&lt;/b&gt; India, enzovoort.</translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation>De instelling voor de accountserver is genegeerd: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language of the assistant</source>
        <translation>Taal van de assistent</translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Optiply leest je voorraad en bestellingen uit Zoho via een persoonlijke sleutel die je in Zoho maakt: een &lt;b&gt;Client ID&lt;/b&gt; en een &lt;b&gt;Client Secret&lt;/b&gt;. Deze assistent laat je elke klik in Zoho zien, geeft je precies de waarden om te plakken, controleert de sleutel bij Zoho en bewaart hem veilig %1.</translation>
    </message>
    <message>
        <source>The entry for this assistant %1 is damaged or was not written by it, so it is not used. Saving new credentials here replaces it.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>De vermelding voor deze assistent %1 is beschadigd of niet door de assistent geschreven, dus wordt ze niet gebruikt. Als je hier nieuwe inloggegevens bewaart, wordt ze vervangen.</translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation>Dit is niet het adres waar Zoho je browser naartoe stuurde. Kopieer nadat je op de pagina van Zoho toegang hebt toegestaan het hele adres uit de adresbalk van de browser: daarin staan &quot;code=&quot; en &quot;state=&quot;.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation>Dit adres hoort bij een andere inlogpoging. Gebruik het adres van de aanmelding die je net hebt gedaan.</translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation>De aanmelding wacht niet meer op het antwoord van Zoho. Start hem opnieuw.</translation>
    </message>
</context>
</TS>
