<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation>À propos de Connecter Zoho à Optiply</translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation>Icône Optiply et Zoho</translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Connecter Zoho à Optiply</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2, sur %3.</translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation>© Optiply B.V.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Copié. Collez-le dans votre message à l&apos;assistance.</translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Crée le client API Zoho dont Optiply a besoin, le vérifie auprès de Zoho et le conserve %1.</translation>
    </message>
</context>
<context>
    <name>AccountsServerMap</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected CODE=URL pairs separated by commas, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>paires CODE=URL séparées par des virgules attendues, par exemple «&#xa0;eu=http://127.0.0.1:8080&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme CODE=URL, par exemple «&#xa0;eu=http://127.0.0.1:8080&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un centre de données Zoho&#xa0;; les codes connus sont %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une simple adresse de serveur, sans nom d&apos;utilisateur, requête ni fragment.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>«&#xa0;%1&#xa0;» utilise http sans chiffrement, ce qui n&apos;est permis que sur cet ordinateur (127.0.0.1,&#xa0;::1 ou localhost)&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>«&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un seul objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation>Le centre de données Zoho&#xa0;: %1, ou auto pour les interroger tous (par défaut).</translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation>Utiliser URL comme serveur de comptes du centre de données utilisé, ou CODE=URL pour ce centre de données (répétable).</translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation>Avec store&#xa0;: conserver les identifiants sans interroger Zoho d&apos;abord.</translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation>Secondes d&apos;attente de la réponse de Zoho (15 par défaut).</translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation>Indiquez une commande&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un centre de données Zoho&#xa0;; utilisez l&apos;un de %2, ou auto.</translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation>--accounts-server URL nécessite --data-center CODE&#xa0;; avec auto, écrivez CODE=URL.</translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>Client ID&#xa0;: </translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation>Client Secret (masqué)&#xa0;: </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers: %1.</source>
        <translation>Ce client est activé dans plusieurs centres de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation>Centre de données&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 600.</translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation>Aucun Client ID n&apos;a été fourni (première ligne).</translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation>Aucun Client Secret n&apos;a été fourni (deuxième ligne).</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Empreinte du secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centre de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation>Enregistré le&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation>Aucun identifiant Zoho n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation>Les identifiants Zoho enregistrés ont été supprimés.</translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation>Aucun identifiant Zoho n&apos;était enregistré.</translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation>Avec verify&#xa0;: afficher l&apos;adresse de la page d&apos;identification de Zoho au lieu de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation>Avec verify&#xa0;: secondes d&apos;attente de l&apos;identification dans le navigateur (300 par défaut).</translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation>D&apos;autres identifiants Zoho sont déjà enregistrés (Client ID %1, enregistrés le %2).</translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation>Les remplacer&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation>Rien n&apos;a été modifié&#xa0;; ajoutez --replace pour les remplacer.</translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--consent-timeout attend un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation>Ouvrez cette adresse dans un navigateur, identifiez-vous auprès de Zoho et cliquez sur Accept&#xa0;:</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation>La page d&apos;identification de Zoho est ouverte dans votre navigateur&#xa0;: identifiez-vous et cliquez sur Accept.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Le port %1 de cet ordinateur est utilisé par un autre programme&#xa0;: la réponse de Zoho ne peut donc pas arriver toute seule. Après avoir cliqué sur Accept, copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur et saisissez-la ici.</translation>
    </message>
    <message>
        <source>Address: </source>
        <translation>Adresse&#xa0;: </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Le port %1 de cet ordinateur est utilisé par un autre programme&#xa0;: la réponse de Zoho ne peut donc pas arriver. Fermez ce programme, ou lancez verify dans un terminal, où vous pourrez coller l&apos;adresse sur laquelle arrive le navigateur.</translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation>Dans la Zoho API Console, cliquez sur ADD CLIENT, puis sur CREATE NOW sous Server-based Applications, et saisissez&#xa0;:</translation>
    </message>
    <message>
        <source>values, check, verify, store, status, forget or diagnose</source>
        <translation>values, check, verify, store, status, forget ou diagnose</translation>
    </message>
    <message>
        <source>Write debug lines to the log file too (secrets are always masked).</source>
        <translation>Écrire aussi les lignes de débogage dans le fichier journal (les secrets sont toujours masqués).</translation>
    </message>
    <message>
        <source>Checking the keychain and one accounts server…</source>
        <translation>Vérification du trousseau et d&apos;un serveur de comptes…</translation>
    </message>
    <message>
        <source>Checking the keychain and %1 accounts servers…</source>
        <translation>Vérification du trousseau et de %1&#xa0;serveurs de comptes…</translation>
    </message>
    <message>
        <source>The input is too long: a paste may hold at most %1 KiB. Nothing of it was used.</source>
        <translation>L&apos;entrée est trop longue&#xa0;: ce que vous collez ne peut dépasser %1&#xa0;Kio. Rien n&apos;en a été utilisé.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1 minutes.</source>
        <translation>Rien n&apos;a été saisi pendant %1 minutes.</translation>
    </message>
    <message>
        <source>With store and verify --store: replace other credentials stored before (a terminal asks instead).</source>
        <translation>Avec store et verify --store&#xa0;: remplacer d&apos;autres identifiants enregistrés auparavant (un terminal pose la question à la place).</translation>
    </message>
    <message>
        <source>Stopping: whatever Zoho issued is removed first…</source>
        <translation>Arrêt en cours&#xa0;: ce que Zoho a délivré est d&apos;abord retiré…</translation>
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
        <translation>Vous aide à connecter Optiply à Zoho&#xa0;: indique quoi saisir dans la Zoho API Console, vérifie le Client ID et le Client Secret auprès de Zoho, et les conserve %1.

Sans commande, la fenêtre de l&apos;assistant s&apos;ouvre.

Commandes&#xa0;:
  values   Ce qu&apos;il faut saisir dans le formulaire d&apos;enregistrement de client de Zoho.
  check    Lit le Client ID et le Client Secret sur l&apos;entrée standard et interroge Zoho à leur sujet.
  verify   Les vérifie, puis se connecte une fois à Zoho dans le navigateur pour les confirmer (--store&#xa0;: puis les enregistre).
  store    Les vérifie comme `check`, puis les conserve %1.
  status   Indique si des identifiants sont enregistrés (le secret n&apos;est jamais affiché).
  forget   Supprime les identifiants enregistrés.
  diagnose Un rapport pour l&apos;assistance&#xa0;: versions, trousseau, proxy, et chaque serveur de comptes étape par étape (résolution du nom, connexion, TLS, HTTP, horloge). Ne contient jamais de secret.</translation>
    </message>
    <message>
        <source>With verify: after the sign-in, keep the credentials %1, as the wizard does.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Avec verify&#xa0;: après la connexion, enregistrer les identifiants %1, comme le fait l&apos;assistant.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 was damaged or not written by it; it is replaced.</source>
        <translation>L&apos;entrée de ce programme %1 était endommagée ou n&apos;avait pas été écrite par lui ; elle est remplacée.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Enregistré %1.</translation>
    </message>
    <message>
        <source>Zoho credentials are stored %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Des identifiants Zoho sont enregistrés %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so the sign-in may not finish. If it does not, close that program and try again, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation>Un autre programme de cet ordinateur inonde le port %1, où arrive la réponse de Zoho : la connexion risque de ne pas aboutir. Si c&apos;est le cas, fermez ce programme et réessayez, ou lancez verify dans un terminal, où vous pourrez coller l&apos;adresse sur laquelle arrive le navigateur.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding port %1, where Zoho&apos;s answer arrives, so it may not arrive by itself. If nothing happens after you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation>Un autre programme de cet ordinateur inonde le port %1, où arrive la réponse de Zoho : elle risque de ne pas arriver toute seule. Si rien ne se passe après avoir cliqué sur Accept, copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur et saisissez-la ici.</translation>
    </message>
</context>
<context>
    <name>ConnectionDiagnosis</name>
    <message>
        <source>Not tried: a step before failed.</source>
        <translation>Non essayé&#xa0;: une étape précédente a échoué.</translation>
    </message>
    <message>
        <source>No answer in time (%1 s).</source>
        <translation>Pas de réponse à temps (%1&#xa0;s).</translation>
    </message>
    <message>
        <source>The proxy setting names no host that can be looked up, so nothing reaches %1: check the proxy settings.</source>
        <translation>Le réglage du proxy n&apos;indique aucun nom d&apos;hôte résolvable, donc rien n&apos;atteint %1&#xa0;: vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 is an address: nothing to look up here; %2 is looked up by the proxy.</source>
        <translation>Le proxy %1 est une adresse IP&#xa0;: rien à résoudre ici&#xa0;; %2 est résolu par le proxy.</translation>
    </message>
    <message>
        <source>%1 is an address: nothing to look up.</source>
        <translation>%1 est une adresse IP&#xa0;: rien à résoudre.</translation>
    </message>
    <message>
        <source>The name of the proxy %1 could not be looked up (%2), so nothing reaches %3: check the proxy settings.</source>
        <translation>Le nom du proxy %1 n&apos;a pas pu être résolu (%2), donc rien n&apos;atteint %3&#xa0;: vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2): no network, a DNS problem, or a filter that blocks it.</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu (%2)&#xa0;: pas de réseau, un problème de DNS ou un filtre qui le bloque.</translation>
    </message>
    <message>
        <source>Proxy %1 is at %2; through a proxy, %3 is looked up by the proxy, not by this computer.</source>
        <translation>Le proxy %1 se trouve à l&apos;adresse %2&#xa0;; avec un proxy, %3 est résolu par le proxy, pas par cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 se trouve à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>Connected to %1 through the proxy %2.</source>
        <translation>Connecté à %1 via le proxy %2.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Connecté à %1 (%2).</translation>
    </message>
    <message>
        <source>Plain HTTP (allowed for a test server on this computer only): no TLS.</source>
        <translation>HTTP simple (autorisé uniquement pour un serveur de test sur cet ordinateur)&#xa0;: pas de TLS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 a refusé la connexion&#xa0;: rien n&apos;y écoute, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up (%2).</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2 (%3).</source>
        <translation>Le proxy %1 a refusé de se connecter à %2 (%3).</translation>
    </message>
    <message>
        <source>The proxy %1 could not be found (%2).</source>
        <translation>Le proxy %1 est introuvable (%2).</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The proxy %1 failed the connection to %2 (%3).</source>
        <translation>La connexion du proxy %1 à %2 a échoué (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network (%2).</source>
        <translation>%1 est injoignable depuis ce réseau (%2).</translation>
    </message>
    <message>
        <source>%1 closed the connection at once (%2).</source>
        <translation>%1 a fermé la connexion aussitôt (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1; certificate for %2 issued by “%3”, valid until %4.</source>
        <translation>%1&#xa0;; certificat pour %2 émis par «&#xa0;%3&#xa0;», valable jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2 to %3, and this computer&apos;s clock says %4: when the clock is wrong, secure connections fail.</source>
        <translation>Le certificat de %1 est valable du %2 au %3, et l&apos;horloge de cet ordinateur indique %4&#xa0;: quand l&apos;horloge est fausse, les connexions sécurisées échouent.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is issued by “%2”, which is not a public certificate authority: your network inspects secure connections (a company firewall, proxy or antivirus). Ask IT to let %1 through unchanged.</source>
        <translation>Le certificat présenté pour %1 est émis par «&#xa0;%2&#xa0;», qui n&apos;est pas une autorité de certification publique&#xa0;: votre réseau inspecte les connexions sécurisées (pare-feu d&apos;entreprise, proxy ou antivirus). Demandez à votre service informatique de laisser passer %1 sans modification.</translation>
    </message>
    <message>
        <source>an unknown issuer</source>
        <translation>un émetteur inconnu</translation>
    </message>
    <message>
        <source>The certificate presented is for %1, not %2: a login page or a filter answers instead of Zoho.</source>
        <translation>Le certificat présenté est pour %1, pas pour %2&#xa0;: une page de connexion ou un filtre répond à la place de Zoho.</translation>
    </message>
    <message>
        <source>No secure connection could be made (%1).</source>
        <translation>Aucune connexion sécurisée n&apos;a pu être établie (%1).</translation>
    </message>
    <message>
        <source>The request got no answer: %1.</source>
        <translation>La requête n&apos;a reçu aucune réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 (server “%3”): an error on the server&apos;s side; try again later.</source>
        <translation>Le serveur a répondu HTTP %1 %2 (serveur «&#xa0;%3&#xa0;»)&#xa0;: une erreur du côté du serveur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>A web page answered instead of Zoho (HTTP %1, server “%2”): a network login page or a filter.</source>
        <translation>Une page web a répondu à la place de Zoho (HTTP %1, serveur «&#xa0;%2&#xa0;»)&#xa0;: une page de connexion au réseau ou un filtre.</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2 (server “%3”).</source>
        <translation>HTTP %1&#xa0;: redirigé vers %2 (serveur «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 from server “%3”.</source>
        <translation>HTTP %1 %2 du serveur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The server sent no usable date to compare with.</source>
        <translation>Le serveur n&apos;a envoyé aucune date utilisable pour comparer.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s (%1 s apart).</source>
        <translation>L&apos;horloge de cet ordinateur est d&apos;accord avec celle du serveur (%1&#xa0;s d&apos;écart).</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1&#xa0;minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1&#xa0;heures</translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <extracomment>%1 is &quot;9 minutes&quot; or &quot;3 hours&quot;</extracomment>
        <translation>Votre horloge retarde de %1 sur celle du serveur&#xa0;: avec un tel écart, les connexions sécurisées peuvent échouer. Réglez la date et l&apos;heure automatiquement.</translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s: secure connections can fail when it is this far off. Set the date and time automatically.</source>
        <translation>Votre horloge avance de %1 sur celle du serveur&#xa0;: avec un tel écart, les connexions sécurisées peuvent échouer. Réglez la date et l&apos;heure automatiquement.</translation>
    </message>
    <message>
        <source>Reachable: every step passed.</source>
        <translation>Joignable&#xa0;: toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB, far larger than any of Zoho&apos;s: it was refused, not read further. Something other than Zoho may be answering.</source>
        <translation>La réponse dépassait %1&#xa0;Mio, bien plus que toute réponse de Zoho&#xa0;: elle a été refusée sans être lue davantage. Quelque chose d&apos;autre que Zoho répond peut-être.</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation>%1 copié</translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation>Ce Client ID semble coupé&#xa0;: il contient %1 de ses %2 caractères. Copiez-le à nouveau, en entier.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation>Ceci ressemble au Client Secret, pas au Client ID.</translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation>Ceci n&apos;est pas un Client ID Zoho. Un Client ID commence par «&#xa0;1000.&#xa0;» et compte %1 caractères, par exemple 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation>Ceci est un Client ID, pas le Client Secret. Le secret est l&apos;autre valeur de l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation>Les secrets de Zoho ne contiennent que les chiffres 0–9 et les lettres a–f, mais celui-ci contient d&apos;autres caractères. Vérifiez que vous avez bien copié le Client Secret.</translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation>Ce secret est plus court que d&apos;habitude (%1 caractères&#xa0;; ceux de Zoho en ont %2). Il est peut-être coupé.</translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation>Ce secret est plus long que d&apos;habitude (%1 caractères&#xa0;; ceux de Zoho en ont %2). Vérifiez que rien d&apos;autre n&apos;a été copié avec lui.</translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation>Les secrets de Zoho sont en minuscules, mais celui-ci contient des majuscules. Copiez-le à nouveau au lieu de le saisir.</translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation>Les deux valeurs ont été collées ensemble&#xa0;; elles ont été séparées.</translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation>Le Client ID et le Client Secret étaient inversés&#xa0;; ils ont été remis à leur place.</translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation>Ceci ressemble au Client Secret, et le champ du secret contient le Client ID&#xa0;: les deux semblent inversés.</translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation>L&apos;autre champ contenait une autre valeur&#xa0;; la paire collée ensemble l&apos;a remplacée.</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grecque</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménienne</translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Ce secret contient une lettre %1 &apos;%2&apos; qui ressemble seulement à un &apos;%3&apos; latin. Copiez-le à nouveau depuis l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation>Ce Client ID contient une lettre %1 &apos;%2&apos; qui ressemble seulement à un &apos;%3&apos; latin. Copiez-le à nouveau depuis Zoho.</translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Ce secret contient &apos;%1&apos;, un caractère que les secrets de Zoho n&apos;ont pas. Copiez-le à nouveau depuis l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation>Ce Client ID contient &apos;%1&apos;, un caractère que les Client ID de Zoho n&apos;ont pas. Copiez-le à nouveau depuis Zoho.</translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation>Client ID %1 utilisé&#xa0;; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>Client ID %1 utilisé, trouvé après &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation>La valeur de %1 caractères a été utilisée comme Client ID&#xa0;; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation>La valeur de %1 caractères trouvée après &apos;%2&apos; a été utilisée comme Client ID.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation>La valeur de %1 caractères trouvée après &apos;%2&apos; a été utilisée.</translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation>La valeur de %1 caractères qui ressemble à un Client Secret a été utilisée&#xa0;; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation>La valeur de %1 caractères trouvée après &apos;%2&apos; a été utilisée comme Client Secret.</translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation>%1 morceaux de texte ont été réunis en une seule valeur de %2 caractères.</translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation>Les lettres ou chiffres larges (pleine chasse) ont été remplacés par des caractères ordinaires.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation>
            <numerusform>%n caractère de contrôle invisible a été supprimé.</numerusform>
            <numerusform>%n caractères de contrôle invisibles ont été supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation>Ceci contient %1 Client ID différents&#xa0;: %2. Collez uniquement celui du client que vous avez créé pour Optiply.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation>Ceci est un code temporaire créé par Zoho pour une seule identification, pas le Client ID. Copiez le Client ID depuis l&apos;onglet Client Secret de votre client dans l&apos;API Console.</translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation>Les Client ID de Zoho ne contiennent d&apos;habitude que des majuscules, mais celui-ci contient des minuscules. Si vous l&apos;avez saisi à la main, copiez-le plutôt depuis Zoho.</translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation>Ceci est un code temporaire créé par Zoho pour une seule identification, pas le Client Secret. Copiez le Client Secret depuis l&apos;onglet Client Secret de votre client dans l&apos;API Console.</translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation>Ceci contient %1 valeurs différentes qui pourraient être le Client Secret. Collez uniquement celle de l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation>Quelque chose est collé à la fin de ce secret&#xa0;: %1 caractères de plus après %2 chiffres hexadécimaux. Copiez uniquement le secret depuis l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation>Ceci contient plusieurs morceaux de texte et aucun ne ressemble à un Client Secret. Collez uniquement le secret depuis l&apos;onglet Client Secret de Zoho.</translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation>Ce sont les points que Zoho affiche tant que le secret est masqué. Dans l&apos;onglet Client Secret de Zoho, affichez d&apos;abord le secret, puis copiez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n broken character(s) that are not text.</source>
        <translation>
            <numerusform>%n caractère invalide, qui n&apos;est pas du texte, a été supprimé.</numerusform>
            <numerusform>%n caractères invalides, qui ne sont pas du texte, ont été supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation>&amp;Inverser les deux champs</translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation>Collez le Client ID et le Client Secret</translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation>Copiez chaque valeur depuis l&apos;onglet Client Secret de Zoho et collez-la ici. Les espaces, retours à la ligne et libellés copiés avec sont retirés pour vous.</translation>
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
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation>Afficher le Client Secret</translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation>Afficher ou masquer le secret. Masquez-le pendant que vous partagez votre écran.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation>Masquer le Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client I&amp;D&#xa0;:</translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation>Client S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>Illustration: the Client ID and the Client Secret on Zoho&apos;s Client Secret tab</source>
        <translation>Illustration&#xa0;: le Client ID et le Client Secret dans l&apos;onglet Client Secret de Zoho</translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation>Les quatre derniers caractères du secret et un court code de contrôle. L&apos;assistance peut les comparer sans que personne ne lise le secret à voix haute.</translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation>Effacer le Client ID</translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation>Effacer le Client Secret</translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation>Pour l&apos;assistance&#xa0;: le secret se termine par %1</translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation>Pour continuer, cliquez sur «&#xa0;Inverser les deux champs&#xa0;».</translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation>Pour continuer, collez le Client ID.</translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation>Pour continuer, collez le Client Secret.</translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation>Pour continuer, corrigez la valeur signalée ci-dessus&#xa0;: copiez-la à nouveau depuis Zoho et collez-la.</translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation>Collez à nouveau le Client Secret, copié depuis Zoho.</translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation>Collez à nouveau le Client ID, copié depuis Zoho.</translation>
    </message>
    <message>
        <source>From the Client Secret tab of your client in Zoho&apos;s API Console. It starts with 1000 and a dot.</source>
        <translation>Depuis l&apos;onglet Client Secret de votre client dans l&apos;API Console de Zoho. Il commence par 1000 suivi d&apos;un point.</translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a region such as &quot;Europe&quot;, %2 the Zoho domain such as &quot;zoho.eu&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <extracomment>The first choice of the data-center lists: every data center is asked</extracomment>
        <translation>Je ne sais pas – trouvez-le pour moi</translation>
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
        <translation>Terminé&#xa0;: votre client Zoho est prêt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation>&lt;b&gt;Dernière étape, dans Optiply&#xa0;:&lt;/b&gt; ouvrez &lt;b&gt;%1&lt;/b&gt; et collez-y le Client ID et le Client Secret. Vous pourrez ensuite fermer la page de Zoho.</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copier le &amp;secret</translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation>Copier le Client Secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open Optiply&apos;s Integrations Page</source>
        <translation>&amp;Ouvrir la page Intégrations d&apos;Optiply</translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation>Il reste une chose à faire&#xa0;: coller les deux valeurs dans Optiply.</translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation>Ouvrir la page des intégrations d&apos;Optiply dans votre navigateur</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation>masqué (se termine par %1)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation>Le Client Secret est copié. Collez-le dans Optiply.</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Impossible d&apos;ouvrir votre navigateur. Ouvrez cette adresse dans votre navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking %2 does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60), %2 the label of the wizard&apos;s Finish button</extracomment>
        <translation>Le secret copié est retiré du presse-papiers au bout de %1 secondes&#xa0;: collez-le dans Optiply avant. Cliquer sur «&#xa0;%2&#xa0;» ne le retire pas plus tôt.</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>votre compte Zoho</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved %2.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Zoho reconnaît votre client dans son centre de données &lt;b&gt;%1&lt;/b&gt;, et les identifiants sont enregistrés %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved %3.</source>
        <extracomment>%3 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>&lt;b&gt;Vérifié — connecté en tant que %1.&lt;/b&gt; Votre client se trouve dans le centre de données %2 de Zoho, et les identifiants sont enregistrés %3.</translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation>Illustration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation>Impossible d&apos;ouvrir votre navigateur. Copiez cette adresse et ouvrez-la dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation>Adresse de la Zoho API Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation>&lt;b&gt;Gardez la page de Zoho ouverte.&lt;/b&gt; Si le secret est perdu avant d&apos;être enregistré, ouvrez le client dans l&apos;API Console et choisissez de générer un nouveau secret&#xa0;; rien d&apos;autre n&apos;est à changer.</translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation>Ceci ouvre %2, la console du centre de données %1 de Zoho.</translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation>Collez chaque valeur telle quelle, sans espace ni barre oblique à la fin.</translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation>Cela se fait dans l&apos;API Console de Zoho, dans votre navigateur. Revenez ici après chaque étape.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation>Impossible d&apos;ouvrir votre navigateur. Copiez l&apos;adresse et ouvrez-la dans votre navigateur.</translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 and choose your data center, so the console of your own data center opens.</source>
        <extracomment>%1 is a web address, %2 the label of the wizard&apos;s Back button</extracomment>
        <translation>Ceci ouvre %1. Si vous utilisez Zoho à une autre adresse, par exemple zoho.eu, cliquez sur «&#xa0;%2&#xa0;» et choisissez votre centre de données, pour que la console de votre propre centre de données s&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>KeychainName</name>
    <message>
        <source>in Windows Credential Manager</source>
        <extracomment>Windows&apos; own name of its store of passwords, as Windows writes it in this language</extracomment>
        <translation>dans le Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>in the Keychain (Keychain Access)</source>
        <extracomment>macOS&apos; own names: the keychain, and in brackets the app that shows it (&quot;Keychain Access&quot;)</extracomment>
        <translation>dans le trousseau (Trousseau d&apos;accès)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>dans le trousseau de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation>Zoho ne connaît pas ce Client ID dans le centre de données interrogé.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation>L&apos;adresse de retour saisie dans Zoho pour ce client ne correspond pas exactement à celle de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation>Zoho n&apos;a pas autorisé l&apos;accès demandé par l&apos;assistant.</translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation>Zoho a eu un problème passager de son côté.</translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation>Zoho n&apos;en a pas dit plus.</translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation>Identifié auprès de Zoho</translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation>Zoho a répondu à l&apos;assistant de configuration Zoho. Vous pouvez fermer cet onglet et revenir à l&apos;assistant&#xa0;: il termine la vérification et affiche le résultat.</translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation>Zoho n&apos;a pas autorisé l&apos;accès</translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation>L&apos;accès a été refusé sur la page de Zoho, ou il y a eu trop de tentatives d&apos;identification en 10 minutes. Fermez cet onglet et revenez à l&apos;assistant&#xa0;: il vous dira quoi faire.</translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation>Zoho a signalé un problème</translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation>Zoho a répondu à l&apos;identification par «&#xa0;%1&#xa0;»&#xa0;: %2 Fermez cet onglet et revenez à l&apos;assistant&#xa0;: il vous dira quoi faire.</translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation>Ce n&apos;est pas une réponse à cette identification</translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation>Cette adresse sur votre ordinateur appartient à l&apos;assistant de configuration Zoho. Ce qui est arrivé ici n&apos;est pas la réponse de Zoho à l&apos;identification en cours, donc rien n&apos;a été modifié. Pour vous identifier, utilisez l&apos;onglet ouvert par l&apos;assistant, ou relancez l&apos;identification depuis l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation>Ouvrir la Zoho API Console</translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation>Ajouter un client de type serveur</translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation>Remplir les informations</translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation>Copier le Client ID et le Client Secret</translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation>Paramètres → Intégrations → ajouter Zoho comme nouvelle source de données</translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation>N&apos;importe quel nom convient&#xa0;; celui-ci vous rappellera plus tard à quoi il sert.</translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation>Zoho demande un site web&#xa0;; celui d&apos;Optiply convient.</translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1 (les adresses de retour) sont les adresses vers lesquelles Zoho vous renvoie après que vous avez autorisé une connexion. Optiply a besoin de la première&#xa0;; la seconde reste sur cet ordinateur et permet à cet assistant de vérifier une fois, maintenant, que votre Client ID et votre Client Secret fonctionnent. Saisissez les deux, chacune sur sa propre ligne (le + de Zoho ajoute la seconde).</translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation>Cliquez sur %1 ci-dessous. Votre navigateur ouvre l&apos;API Console de Zoho.</translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation>Cliquez sur %1 en haut à droite. Si vous n&apos;en avez jamais ajouté, Zoho affiche %2 à la place&#xa0;: cliquez dessus.</translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Zoho affiche des types de clients. Placez le pointeur sur %1.</translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Cliquez sur %1 dessus.</translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1&#xa0;: collez le nom.</translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1&#xa0;: collez le site web.</translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>%1&#xa0;: collez la première adresse.</translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation>Cliquez sur %1 à côté&#xa0;: Zoho ajoute une seconde ligne, vide.</translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation>Collez la seconde adresse dans la nouvelle ligne.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation>Cliquez sur %1.</translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation>Ouvrez l&apos;onglet %1.</translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copiez le %1 avec le symbole de copie au bout de sa ligne.</translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation>Copiez le %1 de la même façon.</translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation>L&apos;API Console de Zoho est l&apos;endroit où vous autorisez Optiply à se connecter à votre Zoho.</translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation>Une fois que vous êtes identifié, la console affiche les connexions que vous avez autorisées jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation>Dans l&apos;API Console&#xa0;:</translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation>Coller évite les fautes de frappe.</translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Vérifiez encore une fois le formulaire&#xa0;: les deux adresses sous %1, chacune sur sa propre ligne.</translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation>Zoho affiche maintenant votre nouveau client.</translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation>Zoho affiche les détails de votre nouveau client.</translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation>Vous les collerez sur la page suivante.</translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation>&amp;Ouvrir la Zoho API Console</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>The button beside each value to copy</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, click your client, %1, to open it.</source>
        <extracomment>%1 is the client&apos;s name as entered in step 3 (&quot;Optiply&quot;)</extracomment>
        <translation>Dans l&apos;API Console de Zoho, cliquez sur votre client, %1, pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Click %1 beside %2: Zoho adds an empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button, %2 the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation>Cliquez sur %1 à côté de %2&#xa0;: Zoho ajoute une ligne vide.</translation>
    </message>
    <message>
        <source>Paste the address into the new, empty line. The lines above it stay as they are.</source>
        <translation>Collez l&apos;adresse dans la nouvelle ligne vide. Les lignes au-dessus restent telles quelles.</translation>
    </message>
    <message>
        <source>Add the missing address in Zoho</source>
        <translation>Ajouter l&apos;adresse manquante dans Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know %1 yet: add it as one more line.</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>Zoho ne connaît pas encore %1&#xa0;: ajoutez cette adresse sur une ligne de plus.</translation>
    </message>
    <message>
        <source>Then click %1 here.</source>
        <extracomment>%1 is the label of the assistant&apos;s button that checks again</extracomment>
        <translation>Cliquez ensuite ici sur %1.</translation>
    </message>
    <message>
        <source>On Zoho&apos;s %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation>Sur la page %1 de Zoho, identifiez-vous avec le compte Zoho que votre entreprise utilise pour Zoho Inventory ou Zoho Books.</translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its %1 button and paste it into Zoho&apos;s field of the same name:</source>
        <extracomment>%1 is the label of the button beside each value</extracomment>
        <translation>Zoho affiche un formulaire. Copiez chaque valeur ci-dessous avec son bouton %1 et collez-la dans le champ Zoho du même nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation>Connecter Zoho à Optiply</translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation>Fermer sans enregistrer le secret&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À p&amp;ropos</translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation>Fermer sans enregistrer le Client Secret&#xa0;?</translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation>Le Client Secret que vous avez collé n&apos;est pas encore enregistré, et Zoho ne l&apos;affiche qu&apos;une seule fois. Si vous fermez maintenant, vous devrez peut-être créer un nouveau secret dans l&apos;API Console de Zoho.</translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation>Zoho reconnaît ce client</translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation>Ce ne sont pas des identifiants Zoho</translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation>Zoho ne connaît pas ce Client ID</translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation>Le Client Secret est incorrect</translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation>Zoho nous demande de ralentir</translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation>Impossible de joindre Zoho</translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation>La connexion sécurisée à Zoho a échoué</translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation>Zoho n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation>Zoho a donné une réponse inattendue</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation>Copiez à nouveau le Client ID et le Client Secret depuis l&apos;onglet Client Secret de votre client dans la Zoho API Console.</translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho a reçu trop de demandes pour ce client en peu de temps. Attendez dix minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet et qu&apos;aucun pare-feu ni proxy ne bloque %1. Puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation>La connexion à Zoho n&apos;a pas pu être sécurisée, donc rien n&apos;a été envoyé. Un réseau d&apos;entreprise ou un antivirus qui inspecte les connexions sécurisées peut en être la cause&#xa0;; demandez à votre service informatique de laisser ce programme joindre Zoho directement.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation>Le centre de données %1 de Zoho n&apos;a pas répondu. Vérifiez votre connexion Internet et réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation>Le centre de données %1 de Zoho a renvoyé autre chose qu&apos;une réponse de Zoho. C&apos;est souvent un problème passager chez Zoho, ou une page de connexion au réseau (Wi-Fi d&apos;hôtel ou invité). Ouvrez une page web quelconque dans votre navigateur pour vérifier, puis réessayez.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation>L&apos;identification auprès de Zoho n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation>Le centre de données %1 de Zoho a accepté ces identifiants lors d&apos;une identification complète.</translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation>Zoho n&apos;a pas terminé l&apos;identification&#xa0;: l&apos;accès a été refusé sur la page de Zoho, ou l&apos;identification a pris trop de temps ou a été lancée deux fois. Relancez l&apos;identification.</translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Cet ordinateur accède à Internet par le serveur proxy %1, qui pourrait être à l&apos;origine du problème&#xa0;; votre service informatique peut le vérifier.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation>La connexion au centre de données %1 de Zoho a été refusée. Un pare-feu ou un logiciel de sécurité sur cet ordinateur ou ce réseau bloque probablement ce programme&#xa0;: autorisez-le à joindre Zoho, ou demandez-le à votre service informatique, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation>La connexion au centre de données %1 de Zoho a été coupée avant l&apos;arrivée de la réponse de Zoho. Une connexion faible ou instable (Wi-Fi, mobile, VPN), ou un pare-feu ou logiciel de sécurité qui inspecte le trafic, peut en être la cause. Réessayez&#xa0;; si cela se reproduit, essayez un autre réseau.</translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Cet ordinateur n&apos;a pas pu joindre le centre de données %1 de Zoho&#xa0;: il semble hors ligne, ou un VPN ou un pare-feu bloque le passage. Vérifiez que les sites web s&apos;ouvrent dans votre navigateur, puis réessayez.</translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation>Un serveur proxy entre cet ordinateur et Zoho demande un nom d&apos;utilisateur et un mot de passe, et ce programme ne peut pas se connecter à un proxy. Demandez à votre service informatique de le laisser joindre le centre de données %1 de Zoho sans connexion au proxy, ou utilisez un réseau sans ce proxy.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Le serveur proxy %1, par lequel cet ordinateur accède à Internet, demande un nom d&apos;utilisateur et un mot de passe, et ce programme ne peut pas se connecter à un proxy. Demandez à votre service informatique de le laisser joindre le centre de données %2 de Zoho sans connexion au proxy, ou utilisez un réseau sans ce proxy.</translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation>Le serveur proxy par lequel cet ordinateur accède à Internet n&apos;a pas relié ce programme au centre de données %1 de Zoho&#xa0;: il a refusé, échoué ou fermé la connexion. Vérifiez les paramètres de proxy de cet ordinateur, ou demandez à votre service informatique de laisser ce programme joindre Zoho.</translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation>Le serveur proxy %1, par lequel cet ordinateur accède à Internet, n&apos;a pas relié ce programme au centre de données %2 de Zoho&#xa0;: il a refusé, échoué ou fermé la connexion. Vérifiez les paramètres de proxy de cet ordinateur, ou demandez à votre service informatique de laisser ce programme joindre Zoho.</translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation>La vérification a été arrêtée avant la réponse de Zoho. Relancez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation>La connexion sécurisée à Zoho a reçu en réponse un certificat auquel cet ordinateur ne fait pas confiance, donc rien n&apos;a été envoyé. Le plus souvent, quelque chose sur ce réseau ou cet ordinateur intercepte les connexions sécurisées&#xa0;: un pare-feu ou proxy d&apos;entreprise, ou la protection web d&apos;un antivirus. Demandez à votre service informatique de laisser ce programme joindre Zoho sans inspection, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>La connexion sécurisée à Zoho a reçu en réponse un certificat émis par «&#xa0;%1&#xa0;», auquel cet ordinateur ne fait pas confiance, donc rien n&apos;a été envoyé. Le plus souvent, quelque chose sur ce réseau ou cet ordinateur intercepte les connexions sécurisées, un pare-feu ou proxy d&apos;entreprise, ou la protection web d&apos;un antivirus, et «&#xa0;%1&#xa0;» est son nom. Demandez à votre service informatique de laisser ce programme joindre Zoho sans inspection, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation>La connexion sécurisée à Zoho a été refusée car son certificat n&apos;est pas valide à la date et à l&apos;heure de cet ordinateur, donc rien n&apos;a été envoyé. En général, l&apos;horloge de cet ordinateur est fausse&#xa0;: réglez correctement la date, l&apos;heure et le fuseau horaire, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>La connexion sécurisée a reçu en réponse le certificat d&apos;un autre site web, donc rien n&apos;a été envoyé. C&apos;est ce que fait la page de connexion d&apos;un Wi-Fi d&apos;hôtel, invité ou public, ou un réseau qui détourne le trafic. Ouvrez une page web quelconque dans votre navigateur, connectez-vous au réseau ou acceptez ses conditions, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation>La connexion sécurisée a reçu en réponse le certificat d&apos;un autre site web (émis par «&#xa0;%1&#xa0;»), donc rien n&apos;a été envoyé. C&apos;est ce que fait la page de connexion d&apos;un Wi-Fi d&apos;hôtel, invité ou public, ou un réseau qui détourne le trafic. Ouvrez une page web quelconque dans votre navigateur, connectez-vous au réseau ou acceptez ses conditions, puis réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le centre de données %1 de Zoho, donc rien n&apos;a été envoyé. Quelque chose entre cet ordinateur et Zoho, comme un pare-feu, un proxy ou un logiciel de sécurité, perturbe les connexions sécurisées. Essayez un autre réseau, ou demandez à votre service informatique de laisser ce programme joindre Zoho directement.</translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation>Ce programme ne peut pas établir de connexions sécurisées&#xa0;: son module de chiffrement (OpenSSL) est absent ou inutilisable. Réinstallez le programme, puis réessayez.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation>Le centre de données %1 de Zoho n&apos;a pas répondu à temps. La connexion est peut-être très lente, ou un pare-feu la bloque sans rien dire. Vérifiez votre connexion Internet et réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation>Le centre de données %1 de Zoho a un problème de son côté&#xa0;: il a répondu par une erreur de serveur. C&apos;est généralement passager et cela ne dit rien sur vos identifiants. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation>Au lieu de la réponse de Zoho, une page web est revenue&#xa0;: généralement la page de connexion d&apos;un Wi-Fi d&apos;hôtel, invité ou public, ou l&apos;avertissement d&apos;un filtre web d&apos;entreprise. Ouvrez une page web quelconque dans votre navigateur, connectez-vous au réseau ou acceptez ses conditions, puis réessayez. Si la page indique que Zoho est bloqué, adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation>Le centre de données %1 de Zoho a répondu par quelque chose qui n&apos;est pas une réponse de Zoho. C&apos;est généralement un problème passager chez Zoho, ou un proxy ou logiciel de sécurité qui modifie la réponse. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation>Au lieu de répondre, le serveur a redirigé ce programme vers une adresse non chiffrée (http://). Le programme ne l&apos;a pas suivie, donc rien n&apos;a été envoyé. C&apos;est ce que fait la page de connexion d&apos;un Wi-Fi d&apos;hôtel, invité ou public, ou un proxy mal configuré. Ouvrez une page web quelconque dans votre navigateur, connectez-vous au réseau ou acceptez ses conditions, puis réessayez.</translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation>Au lieu de répondre, le centre de données %1 de Zoho a redirigé ce programme vers une autre adresse. Le programme ne l&apos;a pas suivie&#xa0;: les identifiants ne sont envoyés qu&apos;au serveur de comptes de Zoho. Vérifiez que le bon centre de données est choisi et, si vous avez saisi vous-même une adresse de serveur de comptes, qu&apos;elle est correcte. Puis réessayez.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation>Le centre de données %1 de Zoho a répondu, mais par quelque chose que ce programme ne connaît pas. Réessayez plus tard&#xa0;; si cela continue, contactez l&apos;assistance Optiply en mentionnant les détails techniques.</translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation>Zoho refuse pour l&apos;instant toute nouvelle demande pour ce client&#xa0;: il en a reçu trop en peu de temps. Attendez dix minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation>L&apos;adresse de retour saisie dans Zoho ne correspond pas</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation>Le centre de données %1 de Zoho reconnaît ce client. Seule une identification auprès de Zoho prouve que le Client Secret est correct lui aussi.</translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation>Zoho a trouvé le client dans son centre de données %1, mais le Client Secret ne correspond pas. Copiez-le à nouveau depuis l&apos;onglet Client Secret de votre client dans l&apos;API Console de Zoho. N&apos;y générez un nouveau secret qu&apos;en cas de nécessité&#xa0;: toute intégration qui utilise le secret actuel cesse de fonctionner jusqu&apos;à ce qu&apos;elle reçoive le nouveau.</translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation>Aucun des centres de données de Zoho n&apos;a pu être joint depuis cet ordinateur. Il semble hors ligne, ou un pare-feu, un proxy ou un VPN bloque le passage. Vérifiez que les sites web s&apos;ouvrent dans votre navigateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation>Le centre de données %1 de Zoho est introuvable depuis cet ordinateur. Celui-ci est probablement hors ligne, ou sa connexion Internet ne fonctionne pas correctement. Vérifiez que les sites web s&apos;ouvrent dans votre navigateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation>Le centre de données %1 de Zoho a envoyé une réponse bien plus volumineuse que toutes celles de Zoho, donc ce programme ne l&apos;a pas lue. Quelque chose entre cet ordinateur et Zoho, comme un proxy ou un logiciel de sécurité, modifie peut-être la réponse. Réessayez plus tard, ou sur un autre réseau.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation>D&apos;après la réponse de Zoho, votre compte Zoho se trouve à %1, une adresse Zoho que ce programme ne connaît pas&#xa0;; il s&apos;est donc arrêté là&#xa0;: rien n&apos;a été envoyé à cette adresse. Contactez l&apos;assistance Optiply en la mentionnant.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation>Le centre de données %1 de Zoho a accepté ces identifiants lors d&apos;une identification complète, mais cette identification de test n&apos;a pas pu être retirée de Zoho. Elle reste valide tant qu&apos;elle n&apos;est pas retirée, et elle compte dans la limite de 20 identifications de ce type que Zoho fixe pour ce client. Retirez-la dans les paramètres de votre compte Zoho (Zoho Accounts), sous Sessions, Connected Apps.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;%2&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <extracomment>%1 is a data center, %2 the list&apos;s choice that asks them all (&quot;I don&apos;t know – find it for me&quot;)</extracomment>
        <translation>Le centre de données %1 de Zoho n&apos;a aucun client avec cet ID. Vérifiez que vous avez choisi le centre de données de votre compte Zoho (l&apos;adresse où vous vous identifiez, par exemple zoho.eu ou zoho.com), ou choisissez «&#xa0;%2&#xa0;» pour que tous les centres de données soient interrogés. Vérifiez ensuite que le Client ID a été copié en entier.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished. Start it again when you are ready.</source>
        <translation>La vérification a été arrêtée avant la fin. Relancez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Zoho&apos;s answer did not reach the assistant: while it waited, another program on this computer opened many connections to the address the answer comes to. Try again; after you click Accept, copy the whole address from your browser&apos;s address bar and paste it into the assistant.</source>
        <translation>La réponse de Zoho n&apos;est pas parvenue à l&apos;assistant : pendant qu&apos;il attendait, un autre programme de cet ordinateur a ouvert de nombreuses connexions vers l&apos;adresse où arrive la réponse. Réessayez ; après avoir cliqué sur Accept, copiez l&apos;adresse complète depuis la barre d&apos;adresse de votre navigateur et collez-la dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Zoho did not allow access: Reject was clicked on Zoho&apos;s page, or the page was left another way. Sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho n&apos;a pas autorisé l&apos;accès : on a cliqué sur Reject sur la page de Zoho, ou la page a été quittée autrement. Reconnectez-vous et cliquez sur Accept sur la page de Zoho.</translation>
    </message>
    <message>
        <source>Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones for a while. Wait 10 minutes, then sign in again and click Accept on Zoho&apos;s page.</source>
        <translation>Zoho n&apos;a de nouveau pas autorisé l&apos;accès. Après plusieurs connexions en 10 minutes, Zoho en refuse de nouvelles pendant un moment. Attendez 10 minutes, puis reconnectez-vous et cliquez sur Accept sur la page de Zoho.</translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.</source>
        <translation>Le client existe dans le centre de données %1 de Zoho, mais les adresses de retour que vous avez saisies dans Zoho (Authorized Redirect URIs) ne correspondent pas exactement à %2. Ouvrez le client dans l&apos;API Console, saisissez les adresses exactement comme à l&apos;étape 3 (sans espace ni barre oblique à la fin), et cliquez sur %3.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time: the page was closed, or left open without clicking Accept. Most often Zoho&apos;s page showed &quot;Invalid Redirect Uri&quot;: then %1 is missing from the Authorized Redirect URIs of your client in Zoho&apos;s API Console. Add it there, click %2, then sign in again.</source>
        <extracomment>%1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>La connexion n&apos;a pas été terminée à temps dans le navigateur&#xa0;: la page a été fermée, ou laissée ouverte sans cliquer sur Accept. Le plus souvent, la page de Zoho affichait «&#xa0;Invalid Redirect Uri&#xa0;»&#xa0;: il manque alors %1 dans les Authorized Redirect URIs de votre client dans l&apos;API Console de Zoho. Ajoutez-la, cliquez sur %2, puis connectez-vous à nouveau.</translation>
    </message>
</context>
<context>
    <name>QtButtonWords</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Valider</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own button, used only where Qt has no translation of its own (European Portuguese)</extracomment>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation>Aucun identifiant Zoho n&apos;est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation>Les identifiants n&apos;ont pas été enregistrés&#xa0;; rien n&apos;a été écrit sur le disque.</translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation>Impossible de lire les identifiants enregistrés.</translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation>Les identifiants enregistrés n&apos;ont pas été supprimés.</translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>Cet ordinateur n&apos;a aucun trousseau utilisable par ce programme. %1 Installez et lancez un Secret Service (GNOME Keyring ou KWallet) dans votre session de bureau, puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation>L&apos;accès au trousseau a été refusé. %1 Réessayez et autorisez l&apos;accès quand le système le demande.</translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation>Le trousseau est verrouillé. %1 Déverrouillez-le (sous Linux&#xa0;: dans Mots de passe et clés, ou en vous reconnectant), puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing could be kept or read %2. %1 Restart the computer and try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Rien n&apos;a pu être enregistré ni lu %2. %1 Redémarrez l&apos;ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>The credentials are too long to be kept %2 (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Les identifiants sont trop longs pour être enregistrés %2 (%1 octets au maximum). Vérifiez que seuls le Client ID et le Client Secret ont été collés.</translation>
    </message>
    <message>
        <source>This program&apos;s entry %1 cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>L&apos;entrée de ce programme %1 est illisible. Supprimez-la avec &quot;zoho-onboarding forget&quot;, puis enregistrez à nouveau les identifiants.</translation>
    </message>
    <message>
        <source>What was saved %1 did not come back the same. Try again; if it keeps happening, restart the computer.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Ce qui a été enregistré %1 n&apos;a pas été rendu à l&apos;identique. Réessayez ; si cela continue, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Something went wrong %2. %1 Try again.</source>
        <extracomment>%2 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Un problème est survenu %2. %1 Réessayez.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation>Copier le Client &amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation>Copier le &amp;secret</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation>Votre connexion Zoho est configurée</translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation>Cet ordinateur conserve le Client ID et le Client Secret que vous avez créés pour Optiply.</translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation>Copier le Client ID pour Optiply</translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation>Copier le Client Secret pour Optiply</translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation>Vérifie auprès de Zoho, par une identification, que les identifiants enregistrés fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation>Vous guide pour créer un nouveau client dans Zoho&#xa0;; celui qui est enregistré reste en place jusqu&apos;à ce que le nouveau soit enregistré.</translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation>Supprime les identifiants de cet ordinateur. Rien n&apos;est modifié dans Zoho ni dans Optiply.</translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation>&lt;b&gt;Pour Optiply&#xa0;:&lt;/b&gt; copiez chaque valeur et collez-la dans Optiply.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autre chose&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation>Vérifié en tant que %1 le %2.</translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>Enregistré le %1. Zoho a reconnu le client&#xa0;; aucune identification n&apos;a été faite avec ces identifiants.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID&#xa0;:</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret&#xa0;:</translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code</extracomment>
        <translation>masqué (se termine par %1)</translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation>Centre de données Zoho&#xa0;:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation>Le Client ID est copié.</translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation>Le Client Secret est copié. Il est retiré du presse-papiers au bout de %1 secondes.</translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation>Oublier les identifiants enregistrés&#xa0;?</translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation>Ils sont supprimés de cet ordinateur. Le client dans Zoho et la connexion dans Optiply restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>R&amp;eplace with New Credentials</source>
        <translation>Remplacer par de &amp;nouveaux identifiants</translation>
    </message>
    <message>
        <source>For&amp;get These Credentials</source>
        <translation>&amp;Oublier ces identifiants</translation>
    </message>
    <message>
        <source>Stored credentials: %1</source>
        <extracomment>%1 is the list of what is stored (Client ID, data center, when)</extracomment>
        <translation>Identifiants enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SupportDetailsView</name>
    <message>
        <source>For support, in English:</source>
        <extracomment>Heading over technical lines that stay in English (Zoho&apos;s error codes); say that they do</extracomment>
        <translation>Pour l&apos;assistance, en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>For support, in English: %1</source>
        <extracomment>%1 is the technical lines themselves, in English</extracomment>
        <translation>Pour l&apos;assistance, en anglais&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>none: direct connection</source>
        <translation>aucun&#xa0;: connexion directe</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <extracomment>%1 is an environment variable such as https_proxy</extracomment>
        <translation>d&apos;après la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>from the system&apos;s proxy settings</source>
        <translation>d&apos;après les paramètres proxy du système</translation>
    </message>
    <message>
        <source>set by this program</source>
        <translation>défini par ce programme</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Zoho onboarding assistant: report for support</source>
        <translation>Assistant de configuration Zoho&#xa0;: rapport pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made at: %1</source>
        <translation>Établi le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt&#xa0;: %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Works: a test item was written, read back and deleted.</source>
        <translation>Fonctionne&#xa0;: un élément de test a été écrit, relu et supprimé.</translation>
    </message>
    <message>
        <source>DOES NOT WORK: written %1, read back %2, deleted %3.</source>
        <translation>NE FONCTIONNE PAS&#xa0;: écrit %1, relu %2, supprimé %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
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
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>None entered or stored.</source>
        <translation>Aucun saisi ni enregistré.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistrés dans le trousseau</translation>
    </message>
    <message>
        <source>Entered in the assistant</source>
        <translation>Saisis dans l&apos;assistant</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation>Empreinte du secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation>Centre de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>When: %1 (reference %2)</source>
        <translation>Date&#xa0;: %1 (référence %2)</translation>
    </message>
    <message>
        <source>Step: %1, data center: %2</source>
        <translation>Étape&#xa0;: %1, centre de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Status: %1, cause: %2, Zoho error: %3</source>
        <translation>État&#xa0;: %1, cause&#xa0;: %2, erreur Zoho&#xa0;: %3</translation>
    </message>
    <message>
        <source>Accounts servers</source>
        <translation>Serveurs de comptes</translation>
    </message>
    <message>
        <source>None checked.</source>
        <translation>Aucun vérifié.</translation>
    </message>
    <message>
        <source>, overridden</source>
        <translation>, personnalisé</translation>
    </message>
    <message>
        <source>, through proxy %1</source>
        <translation>, via le proxy %1</translation>
    </message>
    <message>
        <source>Verdict: reachable.</source>
        <translation>Verdict&#xa0;: joignable.</translation>
    </message>
    <message>
        <source>Verdict: %1 %2: %3</source>
        <extracomment>%1 is a step such as &quot;Name lookup&quot;, %2 a sentence</extracomment>
        <translation>Verdict&#xa0;: %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Fichiers journaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>This report holds no Client Secret, grant code or token.</source>
        <translation>Ce rapport ne contient aucun Client Secret, code d&apos;autorisation ni jeton.</translation>
    </message>
</context>
<context>
    <name>SupportReportWidget</name>
    <message>
        <source>Copy &amp;report for support</source>
        <translation>Copier le rapport po&amp;ur l&apos;assistance</translation>
    </message>
    <message>
        <source>Copy report for support</source>
        <translation>Copier le rapport pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Checks the connection to Zoho and the keychain, then copies a report for support to the clipboard. It holds no Client Secret.</source>
        <translation>Vérifie la connexion à Zoho et le trousseau, puis copie dans le presse-papiers un rapport pour l&apos;assistance. Il ne contient aucun Client Secret.</translation>
    </message>
    <message>
        <source>Your reference: %1</source>
        <extracomment>%1 is a six-character code such as K7QF3M that the customer reads out to support</extracomment>
        <translation>Votre référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your reference for support: %1</source>
        <translation>Votre référence pour l&apos;assistance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <extracomment>Shown for a few seconds after the report was put on the clipboard</extracomment>
        <translation>Copié&#xa0;: collez-le dans votre message à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>VerificationFlow</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation>Zoho reconnaît votre client dans son centre de données %1</translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation>Vérifié — connecté en tant que %1</translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation>votre compte Zoho</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then bring the address your browser lands on back here: another program is using the port the assistant receives Zoho&apos;s answer on. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La page de connexion de Zoho s&apos;ouvre dans votre navigateur. Connectez-vous avec votre compte Zoho, cliquez sur Accept, puis rapportez ici l&apos;adresse sur laquelle arrive votre navigateur&#xa0;: un autre programme utilise le port sur lequel l&apos;assistant reçoit la réponse de Zoho. La connexion de test est retirée de votre compte Zoho juste après.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La page de connexion de Zoho s&apos;ouvre dans votre navigateur. Connectez-vous avec votre compte Zoho et cliquez sur Accept&#xa0;: l&apos;assistant reçoit alors tout seul la réponse de Zoho. La connexion de test est retirée de votre compte Zoho juste après.</translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation>Ce client est activé dans plusieurs centres de données (%1).</translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation>Interrogation du centre de données %1 de Zoho…</translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation>Recherche de votre client dans tous les centres de données de Zoho…</translation>
    </message>
    <message>
        <source>Zoho does not know the sign-in&apos;s return address yet</source>
        <translation>Zoho ne connaît pas encore l&apos;adresse de retour de la connexion</translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation>Zoho reconnaît votre client dans son centre de données %1. Connectez-vous maintenant une fois.</translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation>Remplacer les identifiants enregistrés&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: another save came first</source>
        <translation>Non enregistrés&#xa0;: un autre enregistrement est passé avant</translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation>Vos identifiants sont corrects, mais ils n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation>Non enregistrés&#xa0;: les identifiants déjà enregistrés ont été conservés</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation>La connexion de test n&apos;a pas pu être retirée de Zoho. Elle expire d&apos;elle-même dans l&apos;heure.</translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation>La connexion de test a été retirée de Zoho.</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation>Zoho ne connaît pas l&apos;adresse vers laquelle il doit vous renvoyer après votre autorisation&#xa0;: la deuxième ligne de Authorized Redirect URIs de l&apos;étape 3 manque. Ajoutez-la comme indiqué ci-dessous, puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation>Cet ordinateur conserve déjà des identifiants Zoho&#xa0;: Client ID %1, enregistrés le %2. Les remplacer par ceux que vous venez de vérifier&#xa0;?</translation>
    </message>
    <message>
        <source>While these credentials were being saved, another save of Zoho credentials (Client ID %1) finished at the same time, and those are the ones this computer keeps now. Nothing is wrong with the keychain: save again to keep these instead.</source>
        <extracomment>%1 is a masked Client ID such as 1000.GMB0…EX0</extracomment>
        <translation>Pendant l&apos;enregistrement de ces identifiants, un autre enregistrement d&apos;identifiants Zoho (Client ID %1) s&apos;est terminé au même moment, et ce sont eux que cet ordinateur conserve maintenant. Le trousseau n&apos;a aucun problème&#xa0;: enregistrez à nouveau pour conserver plutôt ceux-ci.</translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked are not saved.</source>
        <translation>Cet ordinateur conserve toujours les identifiants Zoho précédents (Client ID %1). Ceux que vous venez de vérifier ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation>Sans la connexion, le secret n&apos;est confirmé que lorsque Optiply se connecte.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in could not be removed from Zoho.</source>
        <translation>Interrompu&#xa0;: la connexion de test n&apos;a pas pu être retirée de Zoho.</translation>
    </message>
    <message>
        <source>Interrupted: the test sign-in was removed from Zoho.</source>
        <translation>Interrompu&#xa0;: la connexion de test a été retirée de Zoho.</translation>
    </message>
    <message>
        <source>Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.</source>
        <translation>Interrompu avant que Zoho ne délivre quoi que ce soit&#xa0;: rien n&apos;est resté dans votre compte Zoho.</translation>
    </message>
    <message>
        <source>Saving the credentials %1…</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Enregistrement des identifiants %1…</translation>
    </message>
    <message>
        <source>Your credentials are saved %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Vos identifiants sont enregistrés %1.</translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept. Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address your browser lands on back here. The test sign-in is removed from your Zoho account right after.</source>
        <translation>La page de connexion de Zoho s&apos;ouvre dans votre navigateur. Connectez-vous avec votre compte Zoho et cliquez sur Accept. Un autre programme de cet ordinateur inonde le port sur lequel l&apos;assistant reçoit la réponse de Zoho : la réponse risque de ne pas arriver toute seule. Si rien ne se passe après Accept, rapportez ici l&apos;adresse sur laquelle votre navigateur arrive. La connexion de test est retirée de votre compte Zoho juste après.</translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center knows your client, but not the address its sign-in returns to: %2 is missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho&apos;s API Console, click %3, then check again.</source>
        <extracomment>%1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback</extracomment>
        <translation>Le centre de données %1 de Zoho connaît votre client, mais pas l&apos;adresse à laquelle revient sa connexion&#xa0;: %2 manque dans les Authorized Redirect URIs (la deuxième ligne de l&apos;étape 3). Ajoutez-la dans l&apos;API Console de Zoho, cliquez sur %3, puis vérifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation>Vérification auprès de Zoho</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation>Votre &amp;Client Secret, conservé ici jusqu&apos;à son enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation>Réessayer l&apos;&amp;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation>R&amp;ouvrir la page d&apos;identification</translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation>Adresse copiée depuis le navigateur</translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation>Re&amp;lancer l&apos;identification</translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation>S&apos;iden&amp;tifier à nouveau</translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation>Impossible d&apos;ouvrir votre navigateur. L&apos;adresse de la page d&apos;identification de Zoho est maintenant dans le presse-papiers&#xa0;: collez-la dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation>&amp;Garder les anciens</translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation>Vérifier &amp;là</translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation>Adresse vers laquelle Zoho vous renvoie</translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation>Zoho a déjà reconnu le client. Sans l&apos;identification, le secret n&apos;est entièrement confirmé que lorsque Optiply se connecte.</translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation>Client Secret, pas encore enregistré</translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation>Afficher le Client Secret non enregistré</translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation>Copier le Client Secret non enregistré</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation>Le Client Secret est copié.</translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation>Centre de données Zoho à vérifier</translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation>&amp;Quel centre de données Zoho&#xa0;?</translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation>Pas encore connecté&#xa0;: un point à corriger</translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation>Vérifiés, mais pas encore enregistrés</translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation>Vérifiés et enregistrés</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation>Re&amp;coller le secret</translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation>Recoller le Client &amp;ID</translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation>Choisir un autre centre de &amp;données</translation>
    </message>
    <message>
        <source>Sa&amp;ve Without Signing In</source>
        <translation>Enregistrer sa&amp;ns identification</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Continu&amp;er</translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole address from its address bar and paste it &amp;here.</source>
        <translation>Un autre programme de cet ordinateur gêne, donc l&apos;assistant ne peut pas recevoir tout seul la réponse de Zoho. Après avoir cliqué sur Accept sur la page de Zoho, votre navigateur affiche une erreur ou la page d&apos;un autre programme&#xa0;: copiez l&apos;adresse complète depuis sa barre d&apos;adresse et collez-la &amp;ici.</translation>
    </message>
    <message>
        <source>Add the &amp;Missing Address in Zoho</source>
        <translation>&amp;Ajouter l&apos;adresse manquante dans Zoho</translation>
    </message>
    <message>
        <source>&amp;Wait Ten Minutes, Then Check Again</source>
        <translation>&amp;Attendre dix minutes, puis revérifier</translation>
    </message>
    <message>
        <source>Checking again in %1</source>
        <extracomment>%1 is the time left, in minutes and seconds, such as 9:59</extracomment>
        <translation>Nouvelle vérification dans %1</translation>
    </message>
    <message>
        <source>&amp;Replace Them After All</source>
        <translation>&amp;Remplacer quand même</translation>
    </message>
    <message>
        <source>Click Next to go on with them, or replace them after all. The new secret stays below until you close the assistant: copy it if you want to keep it.</source>
        <translation>Cliquez sur Suivant pour continuer avec eux, ou remplacez-les quand même. Le nouveau secret reste affiché ci-dessous jusqu&apos;à la fermeture de l&apos;assistant&#xa0;: copiez-le si vous voulez le garder.</translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>L&apos;assistant demande à Zoho s&apos;il connaît votre client, se connecte une fois pour prouver les identifiants, et les conserve %1.</translation>
    </message>
    <message>
        <source>Another program on this computer is flooding the port the assistant receives Zoho&apos;s answer on, so the answer may not arrive by itself. If nothing happens after you click Accept on Zoho&apos;s page, copy the whole address from your browser&apos;s address bar and paste it &amp;here.</source>
        <translation>Un autre programme de cet ordinateur inonde le port sur lequel l&apos;assistant reçoit la réponse de Zoho : la réponse risque de ne pas arriver toute seule. Si rien ne se passe après avoir cliqué sur Accept sur la page de Zoho, copiez l&apos;adresse complète depuis la barre d&apos;adresse de votre navigateur et collez-la &amp;ici.</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Illustration : %1</translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click &lt;b&gt;%1&lt;/b&gt;, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation>Si le navigateur affiche &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;&#xa0;: la deuxième ligne de &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; de l&apos;étape 3 (l&apos;adresse de retour, vers laquelle Zoho vous renvoie après votre autorisation) manque. Ouvrez votre client dans l&apos;API Console de Zoho, ajoutez-la, cliquez sur &lt;b&gt;%1&lt;/b&gt;, puis identifiez-vous à nouveau.&lt;br&gt;S&apos;il affiche &lt;b&gt;Invalid Client&lt;/b&gt;&#xa0;: Zoho vous a connecté dans une autre région que celle du client. Déidentifiez-vous de Zoho dans le navigateur, puis relancez l&apos;identification.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation>Connectez votre Zoho à Optiply</translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation>Environ dix minutes. Il vous faut le compte Zoho que votre entreprise utilise pour Zoho Inventory ou Zoho Books.</translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation>Illustration&#xa0;: Zoho et Optiply, connectés</translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation>Centre de données Zoho</translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation>&amp;Où se trouve votre compte Zoho&#xa0;?</translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation>Regardez la barre d&apos;adresse quand vous utilisez Zoho&#xa0;: &lt;b&gt;zoho.eu&lt;/b&gt; signifie Europe, &lt;b&gt;zoho.com&lt;/b&gt; États-Unis, &lt;b&gt;zoho.in&lt;/b&gt; Inde, et ainsi de suite.</translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation>Le paramètre du serveur de comptes a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the assistant</source>
        <translation>Langue de l&apos;assistant</translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe %1.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>Optiply lit votre stock et vos commandes dans Zoho grâce à une clé privée que vous créez dans Zoho&#xa0;: un &lt;b&gt;Client ID&lt;/b&gt; et un &lt;b&gt;Client Secret&lt;/b&gt;. Cet assistant vous montre chaque clic dans Zoho, vous donne les valeurs exactes à coller, vérifie la clé auprès de Zoho et la conserve en sécurité %1.</translation>
    </message>
    <message>
        <source>The entry for this assistant %1 is damaged or was not written by it, so it is not used. Saving new credentials here replaces it.</source>
        <extracomment>%1 is where the credentials are kept, as the system names it, such as &quot;in Windows Credential Manager&quot;</extracomment>
        <translation>L&apos;entrée de cet assistant %1 est endommagée ou n&apos;a pas été écrite par lui : elle n&apos;est donc pas utilisée. Enregistrer ici de nouveaux identifiants la remplace.</translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation>Ce n&apos;est pas l&apos;adresse vers laquelle Zoho a envoyé votre navigateur. Après avoir autorisé l&apos;accès sur la page de Zoho, copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur&#xa0;: elle contient «&#xa0;code=&#xa0;» et «&#xa0;state=&#xa0;».</translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation>Cette adresse appartient à une autre tentative d&apos;identification. Utilisez l&apos;adresse de l&apos;identification que vous venez de faire.</translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation>L&apos;identification n&apos;attend plus la réponse de Zoho. Relancez-la.</translation>
    </message>
</context>
</TS>
