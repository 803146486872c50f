<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation>Über „Zoho mit Optiply verbinden“</translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation>Symbol von Optiply und Zoho</translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Zoho mit Optiply verbinden</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2, unter %3.</translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation>© Optiply B.V.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Versionsdetails kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Kopiert. Fügen Sie es in Ihre Nachricht an den Support ein.</translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Erstellt den Zoho-API-Client, den Optiply braucht, prüft ihn bei Zoho und speichert ihn %1.</translation>
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
        <translation>Erwartet werden Paare CODE=URL, durch Kommas getrennt, z. B. „eu=http://127.0.0.1:8080“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>„%1“ hat nicht die Form CODE=URL, z. B. „eu=http://127.0.0.1:8080“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation>„%1“ ist kein Zoho-Rechenzentrum; bekannte Codes sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation>„%1“ ist keine Webadresse mit Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation>„%1“ muss eine reine Serveradresse sein, ohne Benutzername, Query oder Fragment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>„%1“ verwendet einfaches http, das nur auf diesem Computer erlaubt ist (127.0.0.1, ::1 oder localhost); verwenden Sie https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation>Das Zoho-Rechenzentrum: %1 oder auto, um alle zu fragen (Standard).</translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation>URL als Accounts-Server des verwendeten Rechenzentrums nutzen, oder CODE=URL für dieses Rechenzentrum (mehrfach möglich).</translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation>Mit store: die Zugangsdaten speichern, ohne vorher Zoho zu fragen.</translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation>Sekunden, die auf Zoho gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation>Geben Sie einen Befehl an: %1.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>„%1 --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation>„%1“ ist kein Zoho-Rechenzentrum; verwenden Sie eines von %2 oder auto.</translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation>--accounts-server URL braucht --data-center CODE; mit auto schreiben Sie CODE=URL.</translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client ID: </translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation>Client Secret (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers: %1.</source>
        <translation>Dieser Client ist in mehreren Rechenzentren aktiviert: %1.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Rechenzentrum: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation>Es wurde keine Client ID angegeben (erste Zeile).</translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation>Es wurde kein Client Secret angegeben (zweite Zeile).</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Kennung des Secrets: %1</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Rechenzentrum: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation>Gespeichert am: %1</translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation>Es sind keine Zoho-Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation>Die gespeicherten Zoho-Zugangsdaten wurden entfernt.</translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation>Es waren keine Zoho-Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation>Mit verify: die Adresse von Zohos Anmeldeseite ausgeben, statt sie zu öffnen.</translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Mit verify: Sekunden, die auf die Anmeldung im Browser gewartet wird (Standard 300).</translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation>Andere Zoho-Zugangsdaten sind bereits gespeichert (Client ID %1, gespeichert %2).</translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation>Ersetzen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation>Es wurde nichts geändert; mit --replace werden sie ersetzt.</translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--consent-timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, melden Sie sich bei Zoho an und klicken Sie auf „Accept“:</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation>Zohos Anmeldeseite ist in Ihrem Browser geöffnet: Melden Sie sich an und klicken Sie auf „Accept“.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm belegt, daher kann Zohos Antwort nicht von selbst ankommen. Kopieren Sie nach dem Klick auf „Accept“ die ganze Adresse aus der Adressleiste des Browsers und geben Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Adresse: </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm belegt, daher kann Zohos Antwort nicht ankommen. Schließen Sie dieses Programm oder führen Sie verify in einem Terminal aus, wo Sie die Adresse einfügen können, auf der der Browser landet.</translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation>Klicken Sie in der Zoho API Console auf „ADD CLIENT“, dann unter „Server-based Applications“ auf „CREATE NOW“, und geben Sie ein:</translation>
    </message>
    <message>
        <source>values, check, verify, store, status, forget or diagnose</source>
        <translation>values, check, verify, store, status, forget oder diagnose</translation>
    </message>
    <message>
        <source>Write debug lines to the log file too (secrets are always masked).</source>
        <translation>Debug-Zeilen auch in die Protokolldatei schreiben (Secrets werden immer maskiert).</translation>
    </message>
    <message>
        <source>Checking the keychain and one accounts server…</source>
        <translation>Schlüsselbund und ein Accounts-Server werden geprüft…</translation>
    </message>
    <message>
        <source>Checking the keychain and %1 accounts servers…</source>
        <translation>Schlüsselbund und %1 Accounts-Server werden geprüft…</translation>
    </message>
    <message>
        <source>The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.</source>
        <translation>Die Eingabe ist zu lang: Was Sie einfügen, darf höchstens %1 KiB umfassen. Nichts davon wurde verwendet.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1 minutes.</source>
        <translation>%1 Minuten lang wurde nichts eingegeben.</translation>
    </message>
    <message>
        <source>With store and verify --store: replace other credentials stored before (a terminal asks instead).</source>
        <translation>Mit store und verify --store: zuvor gespeicherte andere Zugangsdaten ersetzen (ein Terminal fragt stattdessen nach).</translation>
    </message>
    <message>
        <source>Stopping: whatever Zoho issued is removed first…</source>
        <translation>Wird beendet: Was Zoho ausgestellt hat, wird zuerst entfernt …</translation>
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
        <translation>Hilft Ihnen, Optiply mit Zoho zu verbinden: zeigt, was Sie in der Zoho API Console eingeben, prüft Client ID und Client Secret bei Zoho und speichert sie %1.

Ohne Befehl öffnet sich das Fenster des Assistenten.

Befehle:
  values   Was Sie in Zohos Formular zur Client-Registrierung eingeben.
  check    Client ID und Client Secret von der Standardeingabe lesen und bei Zoho prüfen.
  verify   Sie prüfen, dann sich einmal im Browser bei Zoho anmelden, um sie zu bestätigen (--store: danach speichern).
  store    Sie wie `check` prüfen, dann %1 speichern.
  status   Ob Zugangsdaten gespeichert sind (das Secret wird nie angezeigt).
  forget   Die gespeicherten Zugangsdaten entfernen.
  diagnose Ein Bericht für den Support: Versionen, Schlüsselbund, Proxy und jeder Accounts-Server Schicht für Schicht (Namensauflösung, Verbindung, TLS, HTTP, Uhr). Enthält nie ein Secret.</translation>
    </message>
    <message>
        <source>With verify: after the sign-in, keep the credentials %1, as the wizard does.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Mit verify: nach der Anmeldung die Zugangsdaten %1 speichern, wie es der Assistent tut.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 was damaged or not written by it; it is replaced.</source>
        <translation>Der Eintrag dieses Programms %1 war beschädigt oder nicht von diesem Programm geschrieben; er wird ersetzt.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Die Zugangsdaten sind %1 gespeichert.</translation>
    </message>
    <message>
        <source>Zoho credentials are stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Zoho-Zugangsdaten sind %1 gespeichert.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so the sign-in may not finish. If it does not, close that program and try again, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Ein anderes Programm auf diesem Computer überflutet Port %1, an dem Zohos Antwort ankommt, daher gelingt die Anmeldung vielleicht nicht. Wenn nicht, schließen Sie dieses Programm und versuchen Sie es erneut, oder führen Sie verify in einem Terminal aus, wo Sie die Adresse einfügen können, auf der der Browser landet.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so it may not arrive by itself. If nothing happens after you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Ein anderes Programm auf diesem Computer überflutet Port %1, an dem Zohos Antwort ankommt, daher kommt sie vielleicht nicht von selbst an. Wenn nach dem Klick auf „Accept“ nichts geschieht, kopieren Sie die ganze Adresse aus der Adressleiste des Browsers und geben Sie sie hier ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Not tried: a step before failed.</source>
        <translation>Nicht versucht: Ein vorheriger Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No answer in time (%1 s).</source>
        <translation>Keine Antwort innerhalb der Zeit (%1 s).</translation>
    </message>
    <message>
        <source>The proxy setting names no host that can be looked up, so nothing reaches %1: check the proxy settings.</source>
        <translation>Die Proxy-Einstellung nennt keinen Host, der sich auflösen lässt, deshalb kommt nichts bei %1 an: Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The proxy %1 is an address: nothing to look up here; %2 is looked up by the proxy.</source>
        <translation>Der Proxy %1 ist eine Adresse: Hier gibt es nichts aufzulösen; %2 wird vom Proxy aufgelöst.</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 ist eine Adresse: Es gibt nichts aufzulösen.</translation>
    </message>
    <message>
        <source>The name of the proxy %1 could not be looked up (%2), so nothing reaches %3: check the proxy settings.</source>
        <translation>Der Name des Proxys %1 konnte nicht aufgelöst werden (%2), deshalb kommt nichts bei %3 an: Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2): no network, a DNS problem, or a filter that blocks it.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2): kein Netzwerk, ein DNS-Problem oder ein Filter, der ihn blockiert.</translation>
    </message>
    <message>
        <source>Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, not by this computer.</source>
        <translation>Proxy %1 hat die Adresse %2; über einen Proxy wird %3 vom Proxy aufgelöst, nicht von diesem Computer.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 hat die Adresse %2.</translation>
    </message>
    <message>
        <source>Connected to %1 through the proxy %2.</source>
        <translation>Mit %1 über den Proxy %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Mit %1 verbunden (%2).</translation>
    </message>
    <message>
        <source>Plain HTTP (allowed for a test server on this computer only): no TLS.</source>
        <translation>Einfaches HTTP (nur für einen Testserver auf diesem Computer erlaubt): kein TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort nimmt nichts Verbindungen an, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2).</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2 (%3).</source>
        <translation>Der Proxy %1 hat die Verbindung zu %2 verweigert (%3).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>Der Proxy %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>The proxy %1 failed the connection to %2 (%3).</source>
        <translation>Der Proxy %1 konnte keine Verbindung zu %2 herstellen (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network (%2).</source>
        <translation>%1 ist aus diesem Netzwerk nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>%1 closed the connection at once (%2).</source>
        <translation>%1 hat die Verbindung sofort geschlossen (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1; certificate for %2 issued by “%3”, valid until %4.</source>
        <translation>%1; Zertifikat für %2, ausgestellt von „%3“, gültig bis %4.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2 to %3, and this computer&apos;s clock says %4: when the clock is wrong, secure connections fail.</source>
        <translation>Das Zertifikat für %1 gilt von %2 bis %3, und die Uhr dieses Computers zeigt %4: Wenn die Uhr falsch geht, schlagen sichere Verbindungen fehl.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is issued by “%2”, which is not a public certificate authority: your network inspects secure connections (a company firewall, proxy or antivirus). Ask IT to let %1 through unchanged.</source>
        <translation>Das Zertifikat, das für %1 vorgelegt wurde, stammt von „%2“, keiner öffentlichen Zertifizierungsstelle: Ihr Netzwerk untersucht sichere Verbindungen (eine Firmen-Firewall, ein Proxy oder ein Virenschutzprogramm). Bitten Sie Ihre IT-Abteilung, %1 unverändert durchzulassen.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>unbekannter Aussteller</translation>
    </message>
    <message>
        <source>The certificate presented is for %1, not %2: a login page or a filter answers instead of Zoho.</source>
        <translation>Das vorgelegte Zertifikat gilt für %1, nicht für %2: Statt Zoho antwortet eine Anmeldeseite oder ein Filter.</translation>
    </message>
    <message>
        <source>No secure connection could be made (%1).</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden (%1).</translation>
    </message>
    <message>
        <source>The request got no answer: %1.</source>
        <translation>Auf die Anfrage kam keine Antwort: %1.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 (server “%3”): an error on the server&apos;s side; try again later.</source>
        <translation>Der Server antwortete mit HTTP %1 %2 (Server „%3“): ein Fehler auf der Seite des Servers; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A web page answered instead of Zoho (HTTP %1, server “%2”): a network login page or a filter.</source>
        <translation>Statt Zoho antwortete eine Webseite (HTTP %1, Server „%2“): eine Anmeldeseite des Netzwerks oder ein Filter.</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2 (server “%3”).</source>
        <translation>HTTP %1: weitergeleitet zu %2 (Server „%3“).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from server “%3”.</source>
        <translation>HTTP %1 %2 von Server „%3“.</translation>
    </message>
    <message>
        <source>The server sent no usable date to compare with.</source>
        <translation>Der Server hat kein brauchbares Datum zum Vergleichen gesendet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s (%1 s apart).</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Servers überein (%1 s Abweichung).</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <extracomment>%1 is &quot;9 minutes&quot; or &quot;3 hours&quot;</extracomment>
        <translation>Ihre Uhr geht gegenüber dem Server %1 nach: Bei einer so großen Abweichung können sichere Verbindungen fehlschlagen. Lassen Sie Datum und Uhrzeit automatisch einstellen.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <translation>Ihre Uhr geht gegenüber dem Server %1 vor: Bei einer so großen Abweichung können sichere Verbindungen fehlschlagen. Lassen Sie Datum und Uhrzeit automatisch einstellen.</translation>
    </message>
    <message>
        <source>Reachable: every step passed.</source>
        <translation>Erreichbar: Alle Schritte waren erfolgreich.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB, far larger than any of Zoho&apos;s: it was refused, not read further. Something other than Zoho may be answering.</source>
        <translation>Die Antwort war größer als %1 MiB, weit größer als jede Antwort von Zoho: Sie wurde abgelehnt und nicht weiter gelesen. Möglicherweise antwortet etwas anderes als Zoho.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation>Diese Client ID scheint abgeschnitten zu sein: Es fehlen Zeichen (%1 von %2 sind da). Kopieren Sie die Client ID erneut und vollständig.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation>Das sieht nach dem Client Secret aus, nicht nach der Client ID.</translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation>Das ist keine Zoho Client ID. Eine Client ID beginnt mit „1000.“ und hat %1 Zeichen, z. B. 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation>Das ist eine Client ID, nicht das Client Secret. Das Secret ist der andere Wert auf Zohos Reiter „Client Secret“.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation>Zohos Secrets bestehen aus den Ziffern 0–9 und den Buchstaben a–f, dieses enthält aber andere Zeichen. Prüfen Sie, ob Sie das Client Secret kopiert haben.</translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation>Dieses Secret ist kürzer als üblich (%1 Zeichen; die von Zoho haben %2). Es ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation>Dieses Secret ist länger als üblich (%1 Zeichen; die von Zoho haben %2). Prüfen Sie, ob nichts zusätzlich mitkopiert wurde.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation>Zohos Secrets bestehen aus Kleinbuchstaben, dieses enthält aber Großbuchstaben. Kopieren Sie es erneut, statt es abzutippen.</translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation>Beide Werte wurden zusammen eingefügt; sie wurden getrennt.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation>Client ID und Client Secret waren vertauscht; sie wurden getauscht.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation>Das sieht nach dem Client Secret aus, und im Feld für das Secret steht die Client ID: Die beiden scheinen vertauscht.</translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation>Im anderen Feld stand ein anderer Wert; das zusammen eingefügte Paar hat ihn ersetzt.</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrillisches</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griechisches</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenisches</translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Dieses Secret enthält ein %1 ‚%2‘, das nur wie ein lateinisches ‚%3‘ aussieht. Kopieren Sie es erneut von Zohos Reiter „Client Secret“.</translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Diese Client ID enthält ein %1 ‚%2‘, das nur wie ein lateinisches ‚%3‘ aussieht. Kopieren Sie sie erneut aus Zoho.</translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Dieses Secret enthält ‚%1‘, ein Zeichen, das in Zohos Secrets nicht vorkommt. Kopieren Sie es erneut von Zohos Reiter „Client Secret“.</translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Diese Client ID enthält ‚%1‘, ein Zeichen, das in Zohos Client IDs nicht vorkommt. Kopieren Sie sie erneut aus Zoho.</translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation>Die Client ID %1 wurde verwendet; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Die Client ID %1 nach ‚%2‘ wurde verwendet.</translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation>Der Wert mit %1 Zeichen wurde als Client ID verwendet; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Der Wert mit %1 Zeichen nach ‚%2‘ wurde als Client ID verwendet.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation>Der Wert mit %1 Zeichen nach ‚%2‘ wurde verwendet.</translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation>Der Wert mit %1 Zeichen, der wie ein Client Secret aussieht, wurde verwendet; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation>Der Wert mit %1 Zeichen nach ‚%2‘ wurde als Client Secret verwendet.</translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation>%1 Textteile wurden zu einem Wert mit %2 Zeichen zusammengefügt.</translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation>Breite (Vollbreiten-)Buchstaben oder Ziffern wurden in normale umgewandelt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation>
            <numerusform>%n unsichtbares Steuerzeichen entfernt.</numerusform>
            <numerusform>%n unsichtbare Steuerzeichen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation>Hier stehen %1 verschiedene Client IDs: %2. Fügen Sie nur die des Clients ein, den Sie für Optiply erstellt haben.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation>Das ist ein vorübergehender Code, den Zoho für eine einzelne Anmeldung erzeugt hat, nicht die Client ID. Kopieren Sie die Client ID vom Reiter „Client Secret“ Ihres Clients in der API Console.</translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation>Zohos Client IDs haben normalerweise nur Großbuchstaben, diese enthält aber Kleinbuchstaben. Falls Sie sie abgetippt haben, kopieren Sie sie stattdessen aus Zoho.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation>Das ist ein vorübergehender Code, den Zoho für eine einzelne Anmeldung erzeugt hat, nicht das Client Secret. Kopieren Sie das Client Secret vom Reiter „Client Secret“ Ihres Clients in der API Console.</translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation>Hier stehen %1 verschiedene Werte, die das Client Secret sein könnten. Fügen Sie nur den von Zohos Reiter „Client Secret“ ein.</translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation>Am Ende dieses Secrets hängt etwas: %1 weitere Zeichen nach %2 Hex-Ziffern. Kopieren Sie nur das Secret von Zohos Reiter „Client Secret“.</translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation>Hier stehen mehrere Textteile, und keiner sieht wie ein Client Secret aus. Fügen Sie nur das Secret von Zohos Reiter „Client Secret“ ein.</translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation>Das sind die Punkte, die Zoho zeigt, solange das Secret verborgen ist. Lassen Sie sich das Secret auf Zohos Reiter „Client Secret“ zuerst anzeigen und kopieren Sie es dann.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n broken character(s) that are not text.</source>
        <translation>
            <numerusform>%n defektes Zeichen entfernt, das kein Text ist.</numerusform>
            <numerusform>%n defekte Zeichen entfernt, die kein Text sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation>Felder &amp;tauschen</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation>Client ID und Client Secret einfügen</translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation>Kopieren Sie jeden Wert von Zohos Reiter „Client Secret“ und fügen Sie ihn hier ein. Leerzeichen, Zeilenumbrüche und mitkopierte Beschriftungen werden automatisch entfernt.</translation>
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
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Client Secret anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation>Secret anzeigen oder verbergen. Verbergen Sie es, während Sie Ihren Bildschirm teilen.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Client Secret verbergen</translation>
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
        <translation>Abbildung: Client ID und Client Secret auf Zohos Reiter „Client Secret“</translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation>Die letzten vier Zeichen des Secrets und ein kurzer Prüfcode. Der Support kann damit vergleichen, ohne dass jemand das Secret vorlesen muss.</translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation>Client ID löschen</translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation>Client Secret löschen</translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation>Für den Support: Das Secret endet auf %1</translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation>Klicken Sie auf „Felder tauschen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation>Fügen Sie die Client ID ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation>Fügen Sie das Client Secret ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation>Korrigieren Sie den oben markierten Wert, um fortzufahren: Kopieren Sie ihn erneut aus Zoho und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation>Kopieren Sie das Client Secret erneut aus Zoho und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation>Kopieren Sie die Client ID erneut aus Zoho und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>From the Client Secret tab of your client in Zoho&apos;s API Console. It starts with 1000 and a dot.</source>
        <translation>Aus dem Reiter „Client Secret“ Ihres Clients in Zohos API Console. Die Client ID beginnt mit 1000 und einem Punkt.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a region such as &quot;Europe&quot;, %2 the Zoho domain such as &quot;zoho.eu&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <extracomment>The first choice of the data-center lists: every data center is asked</extracomment>
        <translation>Ich weiß es nicht – für mich herausfinden</translation>
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
        <translation>Fertig: Ihr Zoho-Client ist bereit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation>&lt;b&gt;Letzter Schritt, in Optiply:&lt;/b&gt; Öffnen Sie &lt;b&gt;%1&lt;/b&gt; und fügen Sie dort die Client ID und das Client Secret ein. Zohos Seite können Sie danach schließen.</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation>Client Secret kopieren</translation>
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
        <translation>&amp;Optiplys Integrationsseite öffnen</translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation>Eines bleibt noch: Fügen Sie die beiden Werte in Optiply ein.</translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation>Optiplys Integrationsseite im Browser öffnen</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation>verborgen (endet auf %1)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation>Das Client Secret ist kopiert. Fügen Sie es in Optiply ein.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Ihr Browser konnte nicht geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser: %1</translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking %2 does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60), %2 the label of the wizard&apos;s Finish button</extracomment>
        <translation>Das kopierte Secret wird nach %1 Sekunden aus der Zwischenablage entfernt: Fügen Sie es vorher in Optiply ein. Ein Klick auf „%2“ entfernt es nicht früher.</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>Ihr Zoho-Konto</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved %2.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Zoho erkennt Ihren Client in seinem Rechenzentrum &lt;b&gt;%1&lt;/b&gt;, und die Zugangsdaten sind %2 gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved %3.</source>
        <extracomment>%3 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>&lt;b&gt;Geprüft – verbunden als %1.&lt;/b&gt; Ihr Client liegt in Zohos Rechenzentrum %2, und die Zugangsdaten sind %3 gespeichert.</translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation>Abbildung: %1</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Kopieren Sie diese Adresse und öffnen Sie sie in Ihrem Browser:</translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation>Adresse der Zoho API Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation>&lt;b&gt;Lassen Sie Zohos Seite geöffnet.&lt;/b&gt; Geht das Secret verloren, bevor es gespeichert ist, öffnen Sie den Client in der API Console und lassen Sie ein neues Secret erzeugen; sonst muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation>Damit öffnet sich %2, die Console von Zohos Rechenzentrum %1.</translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation>Fügen Sie jeden Wert unverändert ein, ohne Leerzeichen oder Schrägstrich am Ende.</translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation>Das erledigen Sie in Zohos API Console, in Ihrem Browser. Kommen Sie nach jedem Schritt hierher zurück.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Kopieren Sie die Adresse und öffnen Sie sie in Ihrem Browser.</translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 and choose your data center, so the console of your own data center opens.</source>
        <extracomment>%1 is a web address, %2 the label of the wizard&apos;s Back button</extracomment>
        <translation>Damit öffnet sich %1. Wenn Sie Zoho unter einer anderen Adresse nutzen, z. B. zoho.eu, klicken Sie auf „%2“ und wählen Sie Ihr Rechenzentrum, damit sich die Console Ihres eigenen Rechenzentrums öffnet.</translation>
    </message>
</context>
<context>
    <name>KeychainName</name>
    <message>
        <source>in Windows Credential Manager</source>
        <extracomment>Windows&apos; own name of its store of passwords, as Windows writes it in this language</extracomment>
        <translation>in der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>in the Keychain (Keychain Access)</source>
        <extracomment>macOS&apos; own names: the keychain, and in brackets the app that shows it (&quot;Keychain Access&quot;)</extracomment>
        <translation>im Schlüsselbund (Schlüsselbundverwaltung)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>im Schlüsselbund dieses Computers</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation>Zoho kennt diese Client ID im abgefragten Rechenzentrum nicht.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation>Die Weiterleitungsadresse, die in Zoho für diesen Client eingetragen ist, stimmt nicht genau mit der des Assistenten überein.</translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation>Zoho hat den Zugriff, den der Assistent angefragt hat, nicht zugelassen.</translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation>Zoho hatte ein vorübergehendes eigenes Problem.</translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation>Zoho hat nichts Näheres mitgeteilt.</translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation>Bei Zoho angemeldet</translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation>Zoho hat dem Zoho-Einrichtungsassistenten geantwortet. Sie können diesen Tab schließen und zum Assistenten zurückkehren: Er schließt die Prüfung ab und zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation>Zoho hat den Zugriff nicht zugelassen</translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation>Der Zugriff wurde auf Zohos Seite abgelehnt, oder es gab innerhalb von 10 Minuten zu viele Anmeldeversuche. Schließen Sie diesen Tab und kehren Sie zum Assistenten zurück: Er sagt Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation>Zoho hat ein Problem gemeldet</translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation>Zoho hat die Anmeldung mit „%1“ beantwortet: %2 Schließen Sie diesen Tab und kehren Sie zum Assistenten zurück: Er sagt Ihnen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation>Keine Antwort auf diese Anmeldung</translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation>Diese Adresse auf Ihrem Computer gehört zum Zoho-Einrichtungsassistenten. Was hier ankam, ist nicht Zohos Antwort auf die laufende Anmeldung, daher wurde nichts geändert. Verwenden Sie zum Anmelden den Tab, den der Assistent geöffnet hat, oder starten Sie die Anmeldung im Assistenten neu.</translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation>Zoho API Console öffnen</translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation>Server-basierten Client hinzufügen</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Angaben ausfüllen</translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation>Client erstellen</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation>Client ID und Client Secret kopieren</translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation>Einstellungen → Integrationen → Zoho als neue Datenquelle hinzufügen</translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation>Jeder Name funktioniert; an diesem erkennen Sie später, wofür er ist.</translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation>Zoho fragt nach einer Website; die von Optiply passt.</translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1 sind die Adressen, an die Zoho Sie zurückleitet, nachdem Sie eine Verbindung zugelassen haben (Weiterleitungsadressen). Optiply braucht die erste; die zweite bleibt auf diesem Computer und lässt diesen Assistenten jetzt einmal prüfen, ob Ihre Client ID und Ihr Client Secret funktionieren. Geben Sie beide ein, jede in einer eigenen Zeile (Zohos + fügt die zweite hinzu).</translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation>Klicken Sie unten auf %1. Ihr Browser öffnet Zohos API Console.</translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation>Klicken Sie oben rechts auf %1. Wenn Sie noch nie einen Client hinzugefügt haben, zeigt Zoho stattdessen %2: Klicken Sie darauf.</translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Zoho zeigt verschiedene Arten von Clients. Zeigen Sie mit der Maus auf %1.</translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Klicken Sie dort auf %1.</translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: Fügen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: Fügen Sie die Website ein.</translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1: Fügen Sie die erste Adresse ein.</translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation>Klicken Sie daneben auf %1: Zoho fügt eine zweite, leere Zeile hinzu.</translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation>Fügen Sie die zweite Adresse in die neue Zeile ein.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation>Öffnen Sie den Reiter %1.</translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Kopieren Sie die %1 mit dem Kopiersymbol am Ende ihrer Zeile.</translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Kopieren Sie das %1 auf die gleiche Weise.</translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation>In Zohos API Console erlauben Sie Optiply, sich mit Ihrem Zoho zu verbinden.</translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation>Nach der Anmeldung zeigt die Console die Verbindungen, die Sie bisher zugelassen haben.</translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation>In der API Console:</translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation>Einfügen vermeidet Tippfehler.</translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Prüfen Sie das Formular noch einmal: beide Adressen unter %1, jede in einer eigenen Zeile.</translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation>Zoho zeigt jetzt Ihren neuen Client.</translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation>Zoho zeigt die Angaben Ihres neuen Clients.</translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation>Auf der nächsten Seite fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation>Zoho API &amp;Console öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The button beside each value to copy</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, click your client, %1, to open it.</source>
        <extracomment>%1 is the client&apos;s name as entered in step 3 (&quot;Optiply&quot;)</extracomment>
        <translation>Klicken Sie in Zohos API Console auf Ihren Client, %1, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Click %1 beside %2: Zoho adds an empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button, %2 the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Klicken Sie auf %1 neben %2: Zoho fügt eine leere Zeile hinzu.</translation>
    </message>
    <message>
        <source>Paste the address into the new, empty line. The lines above it stay as they are.</source>
        <translation>Fügen Sie die Adresse in die neue, leere Zeile ein. Die Zeilen darüber bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Add the missing address in Zoho</source>
        <translation>Fehlende Adresse in Zoho ergänzen</translation>
    </message>
    <message>
        <source>Zoho does not know %1 yet: add it as one more line.</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Zoho kennt %1 noch nicht: Fügen Sie die Adresse als weitere Zeile hinzu.</translation>
    </message>
    <message>
        <source>Then click %1 here.</source>
        <extracomment>%1 is the label of the assistant&apos;s button that checks again</extracomment>
        <translation>Klicken Sie dann hier auf %1.</translation>
    </message>
    <message>
        <source>On Zoho&apos;s %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation>Melden Sie sich auf Zohos Seite %1 mit dem Zoho-Konto an, das Ihre Firma für Zoho Inventory oder Zoho Books nutzt.</translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its %1 button and paste it into Zoho&apos;s field of the same name:</source>
        <extracomment>%1 is the label of the button beside each value</extracomment>
        <translation>Zoho zeigt ein Formular. Kopieren Sie jeden Wert unten mit seiner Schaltfläche %1 und fügen Sie ihn in Zohos gleichnamiges Feld ein:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Zoho mit Optiply verbinden</translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation>Schließen, ohne das Secret zu speichern?</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation>Schließen, ohne das Client Secret zu speichern?</translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation>Das eingefügte Client Secret ist noch nicht gespeichert, und Zoho zeigt es nur einmal an. Wenn Sie jetzt schließen, müssen Sie in Zohos API Console vielleicht ein neues Secret erzeugen.</translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation>Zoho erkennt diesen Client</translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation>Das sind keine Zoho-Zugangsdaten</translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation>Zoho kennt diese Client ID nicht</translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation>Das Client Secret ist falsch</translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation>Zoho bittet um eine kurze Pause</translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation>Zoho war nicht erreichbar</translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation>Die sichere Verbindung zu Zoho ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation>Zoho hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation>Zoho hat unerwartet geantwortet</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation>Kopieren Sie Client ID und Client Secret erneut vom Reiter „Client Secret“ Ihres Clients in der Zoho API Console.</translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho hat in kurzer Zeit zu viele Anfragen für diesen Client erhalten. Warten Sie zehn Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und keine Firewall und kein Proxy %1 blockiert. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation>Die Verbindung zu Zoho konnte nicht gesichert werden, daher wurde nichts gesendet. Das kann an einem Firmennetz oder Virenschutz liegen, der sichere Verbindungen überprüft; bitten Sie Ihre IT-Abteilung, diesem Programm den direkten Zugang zu Zoho zu erlauben.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation>Zohos Rechenzentrum %1 hat nicht geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation>Zohos Rechenzentrum %1 hat mit etwas anderem als einer Zoho-Antwort geantwortet. Oft ist das ein vorübergehendes Problem bei Zoho oder eine Anmeldeseite des Netzwerks (Hotel- oder Gäste-WLAN). Öffnen Sie zur Kontrolle eine beliebige Webseite im Browser und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation>Die Anmeldung bei Zoho wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation>Zohos Rechenzentrum %1 hat diese Zugangsdaten bei einer vollständigen Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation>Zoho hat die Anmeldung nicht abgeschlossen: Der Zugriff wurde auf Zohos Seite abgelehnt, oder die Anmeldung hat zu lange gedauert oder wurde zweimal gestartet. Versuchen Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Dieser Computer geht über den Proxy-Server %1 ins Internet; dort könnte das Problem liegen. Ihre IT-Abteilung kann das prüfen.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation>Die Verbindung zu Zohos Rechenzentrum %1 wurde abgewiesen. Wahrscheinlich blockiert eine Firewall oder ein Sicherheitsprogramm auf diesem Computer oder im Netzwerk dieses Programm: Erlauben Sie ihm den Zugang zu Zoho oder bitten Sie Ihre IT-Abteilung darum, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation>Die Verbindung zu Zohos Rechenzentrum %1 wurde unterbrochen, bevor Zohos Antwort ankam. Das kann an einer schwachen oder instabilen Verbindung liegen (WLAN, Mobilfunk, VPN) oder an einer Firewall oder einem Sicherheitsprogramm, das den Datenverkehr überprüft. Versuchen Sie es erneut; passiert es wieder, versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Dieser Computer konnte Zohos Rechenzentrum %1 nicht erreichen: Er scheint offline zu sein, oder ein VPN oder eine Firewall versperrt den Weg. Prüfen Sie, ob sich Websites in Ihrem Browser öffnen lassen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation>Ein Proxy-Server zwischen diesem Computer und Zoho verlangt Benutzername und Passwort, und dieses Programm kann sich nicht bei einem Proxy anmelden. Bitten Sie Ihre IT-Abteilung, ihm den Zugang zu Zohos Rechenzentrum %1 ohne Proxy-Anmeldung zu erlauben, oder verwenden Sie ein Netzwerk ohne diesen Proxy.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Der Proxy-Server %1, über den dieser Computer ins Internet geht, verlangt Benutzername und Passwort, und dieses Programm kann sich nicht bei einem Proxy anmelden. Bitten Sie Ihre IT-Abteilung, ihm den Zugang zu Zohos Rechenzentrum %2 ohne Proxy-Anmeldung zu erlauben, oder verwenden Sie ein Netzwerk ohne diesen Proxy.</translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation>Der Proxy-Server, über den dieser Computer ins Internet geht, hat dieses Programm nicht mit Zohos Rechenzentrum %1 verbunden: Er hat die Verbindung abgewiesen, nicht hergestellt oder geschlossen. Prüfen Sie die Proxy-Einstellungen dieses Computers oder bitten Sie Ihre IT-Abteilung, diesem Programm den Zugang zu Zoho zu erlauben.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Der Proxy-Server %1, über den dieser Computer ins Internet geht, hat dieses Programm nicht mit Zohos Rechenzentrum %2 verbunden: Er hat die Verbindung abgewiesen, nicht hergestellt oder geschlossen. Prüfen Sie die Proxy-Einstellungen dieses Computers oder bitten Sie Ihre IT-Abteilung, diesem Programm den Zugang zu Zoho zu erlauben.</translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation>Die Prüfung wurde angehalten, bevor Zoho geantwortet hat. Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation>Die sichere Verbindung zu Zoho wurde mit einem Zertifikat beantwortet, dem dieser Computer nicht vertraut, daher wurde nichts gesendet. Meist fängt etwas in diesem Netzwerk oder auf diesem Computer sichere Verbindungen ab: eine Firmen-Firewall oder ein Proxy oder der Webschutz eines Virenschutzprogramms. Bitten Sie Ihre IT-Abteilung, diesem Programm den Zugang zu Zoho ohne Überprüfung zu erlauben, oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>Die sichere Verbindung zu Zoho wurde mit einem Zertifikat von „%1“ beantwortet, dem dieser Computer nicht vertraut, daher wurde nichts gesendet. Meist fängt etwas in diesem Netzwerk oder auf diesem Computer sichere Verbindungen ab, eine Firmen-Firewall oder ein Proxy oder der Webschutz eines Virenschutzprogramms, und „%1“ ist dessen Name. Bitten Sie Ihre IT-Abteilung, diesem Programm den Zugang zu Zoho ohne Überprüfung zu erlauben, oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation>Die sichere Verbindung zu Zoho wurde abgewiesen, weil ihr Zertifikat zum Datum und zur Uhrzeit dieses Computers nicht gültig ist, daher wurde nichts gesendet. Meist geht die Uhr dieses Computers falsch: Stellen Sie Datum, Uhrzeit und Zeitzone richtig ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>Die sichere Verbindung wurde mit dem Zertifikat einer anderen Website beantwortet, daher wurde nichts gesendet. Das passiert bei der Anmeldeseite eines Hotel-, Gäste- oder öffentlichen WLANs oder in einem Netzwerk, das den Datenverkehr umleitet. Öffnen Sie eine beliebige Webseite in Ihrem Browser, melden Sie sich beim Netzwerk an oder akzeptieren Sie seine Bedingungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>Die sichere Verbindung wurde mit dem Zertifikat einer anderen Website beantwortet (ausgestellt von „%1“), daher wurde nichts gesendet. Das passiert bei der Anmeldeseite eines Hotel-, Gäste- oder öffentlichen WLANs oder in einem Netzwerk, das den Datenverkehr umleitet. Öffnen Sie eine beliebige Webseite in Ihrem Browser, melden Sie sich beim Netzwerk an oder akzeptieren Sie seine Bedingungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation>Eine sichere Verbindung zu Zohos Rechenzentrum %1 konnte nicht aufgebaut werden, daher wurde nichts gesendet. Etwas zwischen diesem Computer und Zoho, etwa eine Firewall, ein Proxy oder ein Sicherheitsprogramm, stört sichere Verbindungen. Versuchen Sie es in einem anderen Netzwerk oder bitten Sie Ihre IT-Abteilung, diesem Programm den direkten Zugang zu Zoho zu erlauben.</translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation>Dieses Programm kann keine sicheren Verbindungen herstellen: Seine Verschlüsselungsunterstützung (OpenSSL) fehlt oder ist unbrauchbar. Installieren Sie das Programm neu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation>Zohos Rechenzentrum %1 hat nicht rechtzeitig geantwortet. Die Verbindung ist vielleicht sehr langsam, oder eine Firewall verwirft sie stillschweigend. Prüfen Sie Ihre Internetverbindung und versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation>Zohos Rechenzentrum %1 hat ein eigenes Problem: Es hat mit einem Serverfehler geantwortet. Das ist meist vorübergehend und sagt nichts über Ihre Zugangsdaten aus. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation>Statt Zohos Antwort kam eine Webseite zurück: meist die Anmeldeseite eines Hotel-, Gäste- oder öffentlichen WLANs oder der Hinweis eines Webfilters Ihrer Firma. Öffnen Sie eine beliebige Webseite in Ihrem Browser, melden Sie sich beim Netzwerk an oder akzeptieren Sie seine Bedingungen und versuchen Sie es dann erneut. Steht auf der Seite, dass Zoho gesperrt ist, wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation>Zohos Rechenzentrum %1 hat mit etwas geantwortet, das keine Zoho-Antwort ist. Meist ist das ein vorübergehendes Problem bei Zoho oder ein Proxy oder Sicherheitsprogramm, das die Antwort verändert. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>Statt zu antworten, hat der Server dieses Programm an eine unverschlüsselte Adresse (http://) weitergeleitet. Es ist ihr nicht gefolgt, daher wurde nichts gesendet. Das passiert bei der Anmeldeseite eines Hotel-, Gäste- oder öffentlichen WLANs oder bei einem falsch eingerichteten Proxy. Öffnen Sie eine beliebige Webseite in Ihrem Browser, melden Sie sich beim Netzwerk an oder akzeptieren Sie seine Bedingungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation>Statt zu antworten, hat Zohos Rechenzentrum %1 dieses Programm an eine andere Adresse weitergeleitet. Es ist ihr nicht gefolgt: Die Zugangsdaten gehen nur an Zohos Accounts-Server. Prüfen Sie, ob das richtige Rechenzentrum gewählt ist und, falls Sie selbst eine Accounts-Server-Adresse eingegeben haben, ob diese stimmt. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation>Zohos Rechenzentrum %1 hat geantwortet, aber mit nichts, was dieses Programm kennt. Versuchen Sie es später erneut; passiert es wieder, wenden Sie sich an den Optiply-Support und nennen Sie die technischen Details.</translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho lehnt vorerst weitere Anfragen für diesen Client ab: Es hat in kurzer Zeit zu viele Anfragen erhalten. Warten Sie zehn Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation>Die in Zoho eingetragene Weiterleitungsadresse stimmt nicht überein</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation>Zohos Rechenzentrum %1 erkennt diesen Client. Erst eine Anmeldung bei Zoho beweist, dass auch das Client Secret stimmt.</translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation>Zoho hat den Client in seinem Rechenzentrum %1 gefunden, aber das Client Secret stimmt nicht. Kopieren Sie es erneut vom Reiter „Client Secret“ Ihres Clients in Zohos API Console. Erzeugen Sie dort nur ein neues Secret, wenn es sein muss: Jede Integration, die das aktuelle Secret nutzt, funktioniert dann nicht mehr, bis sie das neue erhält.</translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Keines von Zohos Rechenzentren war von diesem Computer aus erreichbar. Der Computer scheint offline zu sein, oder eine Firewall, ein Proxy oder ein VPN versperrt den Weg. Prüfen Sie, ob sich Websites in Ihrem Browser öffnen lassen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation>Zohos Rechenzentrum %1 wurde von diesem Computer aus nicht gefunden. Wahrscheinlich ist dieser Computer offline, oder seine Internetverbindung funktioniert nicht richtig. Prüfen Sie, ob sich Websites in Ihrem Browser öffnen lassen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation>Zohos Rechenzentrum %1 hat eine Antwort geschickt, die weit größer ist als jede Antwort von Zoho, daher hat dieses Programm sie nicht gelesen. Etwas zwischen diesem Computer und Zoho, etwa ein Proxy oder ein Sicherheitsprogramm, verändert vielleicht die Antwort. Versuchen Sie es später erneut oder in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation>Laut Zohos Antwort liegt Ihr Zoho-Konto bei %1, einer Zoho-Adresse, die dieses Programm nicht kennt, daher hat es dort angehalten: An diese Adresse wurde nichts gesendet. Wenden Sie sich an den Optiply-Support und nennen Sie diese Adresse.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation>Zohos Rechenzentrum %1 hat diese Zugangsdaten bei einer vollständigen Anmeldung angenommen, aber diese Test-Anmeldung konnte bei Zoho nicht wieder entfernt werden. Sie bleibt gültig, bis sie entfernt wird, und zählt zu Zohos Grenze von 20 solchen Anmeldungen für diesen Client. Entfernen Sie sie in den Einstellungen Ihres Zoho-Kontos (Zoho Accounts) unter „Sessions“, „Connected Apps“.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;%2&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <extracomment>%1 is a data center, %2 the list&apos;s choice that asks them all (&quot;I don&apos;t know – find it for me&quot;)</extracomment>
        <translation>Zohos Rechenzentrum %1 hat keinen Client mit dieser ID. Prüfen Sie, ob Sie das Rechenzentrum gewählt haben, in dem Ihr Zoho-Konto liegt (die Adresse, unter der Sie sich anmelden, z. B. zoho.eu oder zoho.com), oder wählen Sie „%2“, damit alle Rechenzentren gefragt werden. Prüfen Sie dann, ob die Client ID vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished. Start it again when you are ready.</source>
        <translation>Die Prüfung wurde vor ihrem Ende angehalten. Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer did not reach the assistant: while it waited, another program on this computer opened many connections to the address the answer comes to. Try again; after you click Accept, copy the whole address from your browser&apos;s address bar and paste it into the assistant.</source>
        <translation>Die Antwort von Zoho hat den Assistenten nicht erreicht: Während er wartete, hat ein anderes Programm auf diesem Computer viele Verbindungen zu der Adresse geöffnet, an die die Antwort geht. Versuchen Sie es erneut; kopieren Sie nach dem Klick auf „Accept“ die ganze Adresse aus der Adressleiste Ihres Browsers und fügen Sie sie im Assistenten ein.</translation>
    </message>
    <message>
        <source>Zoho did not allow access: Reject was clicked on Zoho&apos;s page, or the page was left another way. Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho hat den Zugriff nicht zugelassen: Auf Zohos Seite wurde auf „Reject“ geklickt, oder die Seite wurde auf andere Weise verlassen. Melden Sie sich erneut an und klicken Sie auf Zohos Seite auf „Accept“.</translation>
    </message>
    <message>
        <source>Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones for a while. Wait 10 minutes, then sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho hat den Zugriff erneut nicht zugelassen. Nach mehreren Anmeldungen innerhalb von 10 Minuten lehnt Zoho eine Zeit lang neue ab. Warten Sie 10 Minuten, melden Sie sich dann erneut an und klicken Sie auf Zohos Seite auf „Accept“.</translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.</source>
        <translation>Der Client existiert in Zohos Rechenzentrum %1, aber die Weiterleitungsadressen, die Sie in Zoho eingetragen haben („Authorized Redirect URIs“), stimmen nicht genau mit %2 überein. Öffnen Sie den Client in der API Console, geben Sie die Adressen genau wie in Schritt 3 gezeigt ein (ohne Leerzeichen, ohne Schrägstrich am Ende) und klicken Sie auf %3.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time: the page was closed, or left open without clicking Accept. Most often Zoho&apos;s page showed &quot;Invalid Redirect Uri&quot;: then %1 is missing from the Authorized Redirect URIs of your client in Zoho&apos;s API Console. Add it there, click %2, then sign in again.</source>
        <extracomment>%1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen: Die Seite wurde geschlossen oder offen gelassen, ohne auf „Accept“ zu klicken. Meistens zeigte Zohos Seite „Invalid Redirect Uri“: Dann fehlt %1 unter den „Authorized Redirect URIs“ Ihres Clients in Zohos API Console. Ergänzen Sie die Adresse dort, klicken Sie auf %2 und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>QtButtonWords</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Schließen</translation>
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
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation>Auf diesem Computer sind keine Zoho-Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation>Die Zugangsdaten wurden nicht gespeichert; es wurde nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation>Gespeicherte Zugangsdaten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation>Die gespeicherten Zugangsdaten wurden nicht entfernt.</translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den dieses Programm nutzen kann. %1 Installieren und starten Sie einen Secret Service (GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. %1 Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn das System fragt.</translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. %1 Entsperren Sie ihn (unter Linux: in „Passwörter und Verschlüsselung“ oder durch erneutes Anmelden) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing could be kept or read %2. %1 Restart the computer and try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Es konnte nichts %2 gespeichert oder gelesen werden. %1 Starten Sie den Computer neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The credentials are too long to be kept %2 (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Die Zugangsdaten sind zu lang, um sie %2 zu speichern (höchstens %1 Byte). Prüfen Sie, ob nur Client ID und Client Secret eingefügt wurden.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Der Eintrag dieses Programms %1 kann nicht gelesen werden. Entfernen Sie ihn mit „zoho-onboarding forget“ und speichern Sie die Zugangsdaten dann erneut.</translation>
    </message>
    <message>
        <source>What was saved %1 did not come back the same. Try again; if it keeps happening, restart the computer.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Was %1 gespeichert wurde, kam nicht unverändert zurück. Versuchen Sie es erneut; passiert es wieder, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>Something went wrong %2. %1 Try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Es ist ein Fehler %2 aufgetreten. %1 Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>Client &amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>S&amp;ecret kopieren</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation>Ihre Zoho-Verbindung ist eingerichtet</translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation>Dieser Computer speichert die Client ID und das Client Secret, die Sie für Optiply erstellt haben.</translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation>Client ID für Optiply kopieren</translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation>Client Secret für Optiply kopieren</translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation>Prüft mit einer Anmeldung bei Zoho, ob die gespeicherten Zugangsdaten noch funktionieren.</translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation>Führt Sie durch das Erstellen eines neuen Clients in Zoho; der gespeicherte bleibt, bis der neue gespeichert ist.</translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation>Entfernt die Zugangsdaten von diesem Computer. An Zoho und Optiply ändert sich nichts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation>&lt;b&gt;Für Optiply:&lt;/b&gt; Kopieren Sie jeden Wert und fügen Sie ihn in Optiply ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sonstiges:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation>Geprüft als %1 am %2.</translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Gespeichert am %1. Zoho hat den Client erkannt; eine Anmeldung damit fand nicht statt.</translation>
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
        <translation>verborgen (endet auf %1)</translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation>Zoho-Rechenzentrum:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation>Die Client ID ist kopiert.</translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation>Das Client Secret ist kopiert. Es wird nach %1 Sekunden aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation>Gespeicherte Zugangsdaten entfernen?</translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation>Sie werden von diesem Computer entfernt. Der Client in Zoho und die Verbindung in Optiply bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>R&amp;eplace with New Credentials</source>
        <translation>&amp;Durch neue Zugangsdaten ersetzen</translation>
    </message>
    <message>
        <source>For&amp;get These Credentials</source>
        <translation>Diese Zugangsdaten ent&amp;fernen</translation>
    </message>
    <message>
        <source>Stored credentials: %1</source>
        <extracomment>%1 is the list of what is stored (Client ID, data center, when)</extracomment>
        <translation>Gespeicherte Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>SupportDetailsView</name>
    <message>
        <source>For support, in English:</source>
        <extracomment>Heading over technical lines that stay in English (Zoho&apos;s error codes); say that they do</extracomment>
        <translation>Für den Support, auf Englisch:</translation>
    </message>
    <message>
        <source>For support, in English: %1</source>
        <extracomment>%1 is the technical lines themselves, in English</extracomment>
        <translation>Für den Support, auf Englisch: %1</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>none: direct connection</source>
        <translation>keiner: direkte Verbindung</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <extracomment>%1 is an environment variable such as https_proxy</extracomment>
        <translation>aus der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>from the system&apos;s proxy settings</source>
        <translation>aus den Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>set by this program</source>
        <translation>von diesem Programm gesetzt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Zoho onboarding assistant: report for support</source>
        <translation>Zoho-Einrichtungsassistent: Bericht für den Support</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Made at: %1</source>
        <translation>Erstellt am: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Works: a test item was written, read back and deleted.</source>
        <translation>Funktioniert: Ein Testeintrag wurde geschrieben, zurückgelesen und gelöscht.</translation>
    </message>
    <message>
        <source>DOES NOT WORK: written %1, read back %2, deleted %3.</source>
        <translation>FUNKTIONIERT NICHT: geschrieben %1, zurückgelesen %2, gelöscht %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
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
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>None entered or stored.</source>
        <translation>Keine eingegeben oder gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Entered in the assistant</source>
        <translation>Im Assistenten eingegeben</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Kennung des Secrets: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Rechenzentrum: %1</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>When: %1 (reference %2)</source>
        <translation>Wann: %1 (Referenz %2)</translation>
    </message>
    <message>
        <source>Step: %1, data center: %2</source>
        <translation>Schritt: %1, Rechenzentrum: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Status: %1, cause: %2, Zoho error: %3</source>
        <translation>Status: %1, Ursache: %2, Zoho-Fehler: %3</translation>
    </message>
    <message>
        <source>Accounts servers</source>
        <translation>Accounts-Server</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Keiner geprüft.</translation>
    </message>
    <message>
        <source>, overridden</source>
        <translation>, überschrieben</translation>
    </message>
    <message>
        <source>, through proxy %1</source>
        <translation>, über Proxy %1</translation>
    </message>
    <message>
        <source>Verdict: reachable.</source>
        <translation>Ergebnis: erreichbar.</translation>
    </message>
    <message>
        <source>Verdict: %1 %2: %3</source>
        <extracomment>%1 is a step such as &quot;Name lookup&quot;, %2 a sentence</extracomment>
        <translation>Ergebnis: %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Protokolldateien: %1</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>This report holds no Client Secret, grant code or token.</source>
        <translation>Dieser Bericht enthält kein Client Secret, keinen Autorisierungscode und kein Token.</translation>
    </message>
</context>
<context>
    <name>SupportReportWidget</name>
    <message>
        <source>Copy &amp;report for support</source>
        <translation>Bericht für den Support &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy report for support</source>
        <translation>Bericht für den Support kopieren</translation>
    </message>
    <message>
        <source>Checks the connection to Zoho and the keychain, then copies a report for support to the clipboard. It holds no Client Secret.</source>
        <translation>Prüft die Verbindung zu Zoho und den Schlüsselbund und kopiert dann einen Bericht für den Support in die Zwischenablage. Er enthält kein Client Secret.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <extracomment>%1 is a six-character code such as K7QF3M that the customer reads out to support</extracomment>
        <translation>Ihre Referenz: %1</translation>
    </message>
    <message>
        <source>Your reference for support: %1</source>
        <translation>Ihre Referenz für den Support: %1</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <extracomment>Shown for a few seconds after the report was put on the clipboard</extracomment>
        <translation>Kopiert: Fügen Sie ihn in Ihre Nachricht an den Support ein.</translation>
    </message>
</context>
<context>
    <name>VerificationFlow</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation>Zoho erkennt Ihren Client in seinem Rechenzentrum %1</translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation>Geprüft – verbunden als %1</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>Ihr Zoho-Konto</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then bring the address your browser lands on back here: another program is using the port the assistant receives Zoho&apos;s answer on. The test sign-in is removed from your Zoho account right after.</source>
        <translation>Zohos Anmeldeseite öffnet sich in Ihrem Browser. Melden Sie sich mit Ihrem Zoho-Konto an, klicken Sie auf „Accept“ und bringen Sie dann die Adresse, bei der Ihr Browser landet, hierher: Ein anderes Programm belegt den Port, über den der Assistent Zohos Antwort empfängt. Die Test-Anmeldung wird gleich danach wieder aus Ihrem Zoho-Konto entfernt.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation>Zohos Anmeldeseite öffnet sich in Ihrem Browser. Melden Sie sich mit Ihrem Zoho-Konto an und klicken Sie auf „Accept“: Der Assistent erhält Zohos Antwort dann von selbst. Die Test-Anmeldung wird gleich danach wieder aus Ihrem Zoho-Konto entfernt.</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation>Dieser Client ist in mehreren Rechenzentren aktiviert (%1).</translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation>Zohos Rechenzentrum %1 wird gefragt …</translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation>Alle Rechenzentren von Zoho werden gefragt, wo Ihr Client liegt …</translation>
    </message>
    <message>
        <source>Zoho does not know the sign-in&apos;s return address yet</source>
        <translation>Zoho kennt die Rückkehradresse der Anmeldung noch nicht</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation>Zoho erkennt Ihren Client in seinem Rechenzentrum %1. Melden Sie sich jetzt einmal an.</translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation>Gespeicherte Zugangsdaten ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: another save came first</source>
        <translation>Nicht gespeichert: Ein anderes Speichern kam zuerst</translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation>Ihre Zugangsdaten stimmen, konnten aber nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation>Nicht gespeichert: Die bisherigen Zugangsdaten wurden behalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation>Die Test-Anmeldung konnte bei Zoho nicht entfernt werden. Sie läuft innerhalb einer Stunde von selbst ab.</translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation>Die Test-Anmeldung wurde bei Zoho wieder entfernt.</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation>Zoho kennt die Adresse nicht, an die es Sie nach dem Zulassen zurückleiten soll: Die zweite Zeile von „Authorized Redirect URIs“ aus Schritt 3 fehlt. Ergänzen Sie sie wie unten gezeigt und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation>Auf diesem Computer sind bereits Zoho-Zugangsdaten gespeichert: Client ID %1, gespeichert %2. Durch die eben geprüften ersetzen?</translation>
    </message>
    <message>
        <source>While these credentials were being saved, another save of Zoho credentials (Client ID %1) finished at the same time, and those are the ones this computer keeps now. Nothing is wrong with the keychain: save again to keep these instead.</source>
        <extracomment>%1 is a masked Client ID such as 1000.GMB0…EX0</extracomment>
        <translation>Während diese Zugangsdaten gespeichert wurden, wurde gleichzeitig ein anderes Speichern von Zoho-Zugangsdaten (Client ID %1) abgeschlossen; diese behält dieser Computer jetzt. Mit dem Schlüsselbund ist alles in Ordnung: Speichern Sie erneut, um stattdessen diese zu behalten.</translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked are not saved.</source>
        <translation>Dieser Computer behält weiterhin die bisherigen Zoho-Zugangsdaten (Client ID %1). Die gerade geprüften sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation>Ohne die Anmeldung wird das Secret erst bestätigt, wenn Optiply sich verbindet.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in could not be removed from Zoho.</source>
        <translation>Unterbrochen: Die Test-Anmeldung konnte bei Zoho nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in was removed from Zoho.</source>
        <translation>Unterbrochen: Die Test-Anmeldung wurde bei Zoho entfernt.</translation>
    </message>
    <message>
        <source>Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.</source>
        <translation>Unterbrochen, bevor Zoho etwas ausgestellt hat: In Ihrem Zoho-Konto ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>Saving the credentials %1…</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Die Zugangsdaten werden %1 gespeichert …</translation>
    </message>
    <message>
        <source>Your credentials are saved %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Ihre Zugangsdaten sind %1 gespeichert.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept. Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address your browser lands on back here. The test sign-in is removed from your Zoho account right after.</source>
        <translation>Zohos Anmeldeseite öffnet sich in Ihrem Browser. Melden Sie sich mit Ihrem Zoho-Konto an und klicken Sie auf „Accept“. Ein anderes Programm auf diesem Computer überflutet den Port, auf dem der Assistent Zohos Antwort empfängt, daher kommt die Antwort vielleicht nicht von selbst an: Wenn nach „Accept“ nichts geschieht, bringen Sie die Adresse, auf der Ihr Browser landet, hierher. Die Test-Anmeldung wird gleich danach wieder aus Ihrem Zoho-Konto entfernt.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center knows your client, but not the address its sign-in returns to: %2 is missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho&apos;s API Console, click %3, then check again.</source>
        <extracomment>%1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>Zohos Rechenzentrum %1 kennt Ihren Client, aber nicht die Adresse, zu der die Anmeldung zurückkehrt: %2 fehlt unter den „Authorized Redirect URIs“ (die zweite Zeile aus Schritt 3). Ergänzen Sie sie in Zohos API Console, klicken Sie auf %3 und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation>Prüfung bei Zoho</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation>Ihr Client &amp;Secret, hier aufbewahrt, bis es gespeichert ist:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation>Speichern erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation>Anmeldeseite er&amp;neut öffnen</translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation>Adresse aus dem Browser</translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation>Anmeldung neu s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>Erneut an&amp;melden</translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation>Ihr Browser konnte nicht geöffnet werden. Die Adresse von Zohos Anmeldeseite liegt jetzt in der Zwischenablage: Fügen Sie sie in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation>Die &amp;alten behalten</translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation>&amp;Dort prüfen</translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation>Adresse, an die Zoho Sie zurückleitet</translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation>Zoho hat den Client bereits erkannt. Ohne die Anmeldung ist das Secret erst vollständig bestätigt, wenn Optiply sich verbindet.</translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation>Client Secret, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation>Nicht gespeichertes Client Secret anzeigen</translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation>Nicht gespeichertes Client Secret kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation>Das Client Secret ist kopiert.</translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation>Zu prüfendes Zoho-Rechenzentrum</translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation>Welches Zoho-&amp;Rechenzentrum?</translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation>Noch nicht verbunden: eine Sache ist zu korrigieren</translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation>Geprüft, aber noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation>Geprüft und gespeichert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation>Secret erneut &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation>Client ID erneut &amp;einfügen</translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation>Anderes Rechenzentrum wäh&amp;len</translation>
    </message>
    <message>
        <source>Sa&amp;ve Without Signing In</source>
        <translation>&amp;Ohne Anmeldung speichern</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Fort&amp;fahren</translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole address from its address bar and paste it &amp;here.</source>
        <translation>Ein anderes Programm auf diesem Computer ist im Weg, daher kann der Assistent Zohos Antwort nicht von selbst empfangen. Nachdem Sie auf Zohos Seite auf „Accept“ geklickt haben, zeigt Ihr Browser einen Fehler oder die Seite eines anderen Programms: Kopieren Sie die ganze Adresse aus der Adressleiste und fügen Sie sie &amp;hier ein.</translation>
    </message>
    <message>
        <source>Add the &amp;Missing Address in Zoho</source>
        <translation>Fehlende Adresse in Zoho er&amp;gänzen</translation>
    </message>
    <message>
        <source>&amp;Wait Ten Minutes, Then Check Again</source>
        <translation>Zehn Minuten &amp;abwarten, dann erneut prüfen</translation>
    </message>
    <message>
        <source>Checking again in %1</source>
        <extracomment>%1 is the time left, in minutes and seconds, such as 9:59</extracomment>
        <translation>Erneute Prüfung in %1</translation>
    </message>
    <message>
        <source>&amp;Replace Them After All</source>
        <translation>Doch &amp;ersetzen</translation>
    </message>
    <message>
        <source>Click Next to go on with them, or replace them after all. The new secret stays below until you close the assistant: copy it if you want to keep it.</source>
        <translation>Klicken Sie auf „Weiter“, um mit ihnen fortzufahren, oder ersetzen Sie sie doch. Das neue Secret bleibt unten stehen, bis Sie den Assistenten schließen: Kopieren Sie es, wenn Sie es behalten möchten.</translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Der Assistent fragt Zoho, ob es Ihren Client kennt, meldet sich einmal an, um die Zugangsdaten zu bestätigen, und speichert sie %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself. If nothing happens after you click Accept on Zoho&apos;s page, copy the whole address from your browser&apos;s address bar and paste it &amp;here.</source>
        <translation>Ein anderes Programm auf diesem Computer überflutet den Port, auf dem der Assistent Zohos Antwort empfängt, daher kommt die Antwort vielleicht nicht von selbst an. Wenn nach dem Klick auf „Accept“ auf Zohos Seite nichts geschieht, kopieren Sie die ganze Adresse aus der Adressleiste Ihres Browsers und fügen Sie sie &amp;hier ein.</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Abbildung: %1</translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click &lt;b&gt;%1&lt;/b&gt;, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation>Wenn der Browser &lt;b&gt;Invalid Redirect Uri&lt;/b&gt; anzeigt: Die zweite Zeile von &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; aus Schritt 3 (die Weiterleitungsadresse, an die Zoho Sie nach dem Zulassen zurückleitet) fehlt. Öffnen Sie Ihren Client in Zohos API Console, ergänzen Sie sie, klicken Sie auf &lt;b&gt;%1&lt;/b&gt; und melden Sie sich dann erneut an.&lt;br&gt;Wenn er &lt;b&gt;Invalid Client&lt;/b&gt; anzeigt: Zoho hat Sie in einer anderen Region angemeldet als der des Clients. Melden Sie sich im Browser bei Zoho ab und starten Sie die Anmeldung dann neu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation>Verbinden Sie Ihr Zoho mit Optiply</translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation>Etwa zehn Minuten. Sie brauchen das Zoho-Konto, das Ihre Firma für Zoho Inventory oder Zoho Books nutzt.</translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation>Abbildung: Zoho und Optiply, verbunden</translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation>Zoho-Rechenzentrum</translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation>Wo liegt Ihr Zoho-&amp;Konto?</translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation>Sehen Sie in die Adressleiste, wenn Sie Zoho nutzen: &lt;b&gt;zoho.eu&lt;/b&gt; steht für Europa, &lt;b&gt;zoho.com&lt;/b&gt; für die USA, &lt;b&gt;zoho.in&lt;/b&gt; für Indien und so weiter.</translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation>Die Einstellung für den Accounts-Server wurde ignoriert: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of the assistant</source>
        <translation>Sprache des Assistenten</translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Optiply liest Ihren Bestand und Ihre Bestellungen aus Zoho über einen privaten Schlüssel, den Sie in Zoho erstellen: eine &lt;b&gt;Client ID&lt;/b&gt; und ein &lt;b&gt;Client Secret&lt;/b&gt;. Dieser Assistent zeigt Ihnen jeden Klick in Zoho, gibt Ihnen die genauen Werte zum Einfügen, prüft den Schlüssel bei Zoho und bewahrt ihn sicher %1 auf.</translation>
    </message>
    <message>
        <source>The entry for this assistant %1 is damaged or was not written by it, so it is not used. Saving new credentials here replaces it.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Der Eintrag für diesen Assistenten %1 ist beschädigt oder wurde nicht von ihm geschrieben; er wird daher nicht verwendet. Wenn Sie hier neue Zugangsdaten speichern, wird er ersetzt.</translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation>Das ist nicht die Adresse, zu der Zoho Ihren Browser geschickt hat. Nachdem Sie den Zugriff auf Zohos Seite zugelassen haben, kopieren Sie die ganze Adresse aus der Adressleiste des Browsers: Diese Adresse enthält „code=“ und „state=“.</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation>Diese Adresse gehört zu einem anderen Anmeldeversuch. Verwenden Sie die Adresse der Anmeldung, die Sie gerade durchgeführt haben.</translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation>Die Anmeldung wartet nicht mehr auf Zohos Antwort. Starten Sie sie erneut.</translation>
    </message>
</context>
</TS>
