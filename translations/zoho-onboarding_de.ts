<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connect Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optiply and Zoho icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is a version number such as 0.1.0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2, on %3.</source>
        <extracomment>%1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© Optiply B.V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsServerMap</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected CODE=URL pairs separated by commas, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=URL, such as &quot;eu=http://127.0.0.1:8080&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; known codes are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a plain server address without user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zoho data center: %1, or auto to ask all of them (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use URL as the accounts server of the data center used, or CODE=URL for that data center (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With store: keep the credentials without asking Zoho first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for Zoho (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zoho data center; use one of %2, or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accounts-server URL needs --data-center CODE; with auto, write CODE=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is enabled in several data centers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Client ID was given (first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Client Secret was given (second line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho credentials are stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data center: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zoho credentials are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Zoho credentials were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Zoho credentials were stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps you connect Optiply to Zoho: shows what to enter in Zoho&apos;s API Console, checks the Client ID and Client Secret with Zoho, and keeps them in the system keychain.

Without a command, the assistant&apos;s window opens.

Commands:
  values   What to enter in Zoho&apos;s client registration form.
  check    Read the Client ID and Client Secret from standard input and ask Zoho about them.
  verify   Check them, then sign in to Zoho once in the browser to prove them.
  store    Check them as `check` does, then keep them in the system keychain.
  status   Whether credentials are stored (the secret is never shown).
  forget   Remove the stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, check, verify, store, status or forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With store: replace other credentials stored before (a terminal asks instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With verify: print the address of Zoho&apos;s sign-in page instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With verify: seconds to wait for the sign-in in the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Zoho credentials are already stored (Client ID %1, stored %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; add --replace to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent-timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in to Zoho and click Accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page is open in your browser: sign in and click Accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive by itself. After you click Accept, copy the whole address from the browser&apos;s address bar and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sign-in was removed from Zoho again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so Zoho&apos;s answer cannot arrive. Close that program, or run verify in a terminal, where you can paste the address the browser lands on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Zoho API Console click ADD CLIENT, then CREATE NOW under Server-based Applications, and enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho; it expires by itself within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the Copy button for two seconds after a click</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>%1 names the value, such as &quot;Client Name&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Client Secret, not the Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Zoho Client ID. A Client ID starts with &quot;1000.&quot; and has %1 characters, such as 1000.GMB0YULZHJK411248S8I5GZ4CHUEX0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Client ID, not the Client Secret. The secret is the other value on Zoho&apos;s Client Secret tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets are made of the digits 0–9 and the letters a–f, but this one has other characters. Check that you copied the Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is shorter than usual (%1 characters; Zoho&apos;s have %2). It may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is longer than usual (%1 characters; Zoho&apos;s have %2). Check that nothing extra was copied with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s secrets use small letters, but this one has capitals. Copy it again instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both values were pasted together; they have been taken apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID and the Client Secret were the wrong way round; they have been swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the Client Secret, and the secret field holds the Client ID: the two seem swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other field held a different value; the pair pasted together replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Client ID contains a %1 &apos;%2&apos; that only looks like a Latin &apos;%3&apos;. Copy it again from Zoho.</source>
        <extracomment>%1 is the name of an alphabet (&quot;Cyrillic&quot;), %2 a letter of it, %3 the Latin letter it looks like.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret contains &apos;%1&apos;, a character Zoho&apos;s secrets do not have. Copy it again from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Client ID contains &apos;%1&apos;, a character Zoho&apos;s Client IDs do not have. Copy it again from Zoho.</source>
        <extracomment>%1 is one character, such as &apos;ж&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the Client ID %1; the rest was left out.</source>
        <extracomment>%1 is a Client ID with its middle hidden.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the Client ID %1 after &apos;%2&apos;.</source>
        <extracomment>%1 is a Client ID with its middle hidden, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the %1-character value as the Client ID; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client ID.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client ID&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos;.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Client Secret&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the %1-character value that looks like a Client Secret; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the %1-character value after &apos;%2&apos; as the Client Secret.</source>
        <extracomment>%1 is a number of characters, %2 the label it followed, such as &quot;Password&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 pieces of text into one value of %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide (full-width) letters or digits were changed into ordinary ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invisible control character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This holds %1 different Client IDs: %2. Paste only the one of the client you made for Optiply.</source>
        <extracomment>%1 is a number (2 or more), %2 the Client IDs with their middles hidden.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s Client IDs usually have capital letters only, but this one has small letters. If you typed it, copy it from Zoho instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary pass that Zoho made for one sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds %1 different values that could be the Client Secret. Paste only the one from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 is a number, 2 or more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is stuck to the end of this secret: %1 more characters after %2 hex digits. Copy only the secret from Zoho&apos;s Client Secret tab.</source>
        <extracomment>%1 and %2 are numbers of characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds several pieces of text and none looks like a Client Secret. Paste only the secret from Zoho&apos;s Client Secret tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the dots Zoho shows while the secret is hidden. On Zoho&apos;s Client Secret tab, show the secret first, then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>S&amp;wap the Two Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Client ID and the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy each value from Zoho&apos;s Client Secret tab and paste it here. Spaces, line breaks and labels that come along are removed for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the secret. Hide it while you share your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: the Client ID and the Client Secret on Zoho&apos;s Client Secret tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last four characters of the secret and a short check code. Support can compare it without anyone reading the secret out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For support: the secret ends in %1</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, for support</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, click “Swap the Two Fields”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, paste the Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, paste the Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, correct the value marked above: copy it again from Zoho and paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Client Secret again, copied from Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Client ID again, copied from Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCenter</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a region such as &quot;Europe&quot;, %2 the Zoho domain such as &quot;zoho.eu&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your Zoho client is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Last step, in Optiply:&lt;/b&gt; open &lt;b&gt;%1&lt;/b&gt;, and paste the Client ID and the Client Secret there. You can close Zoho&apos;s page afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho recognises your client in its &lt;b&gt;%1&lt;/b&gt; data center, and the credentials are saved in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Optiply&apos;s Integrations Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing is left: paste the two values into Optiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Optiply&apos;s integrations page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied secret is taken off the clipboard after %1 seconds: paste it into Optiply before then. Clicking Finish does not take it off sooner.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code, such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown on the button for two seconds after a click</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret is copied. Paste it into Optiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in your browser: %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideStepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step number, %2 the number of steps, %3 the step&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <extracomment>%1 is the step&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Zoho API Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Zoho API Console in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address and open it in your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho API Console address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep Zoho&apos;s page open.&lt;/b&gt; If the secret is lost before it is stored, open the client in the API Console and choose to generate a new secret; nothing else needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens %2, the console of Zoho&apos;s %1 data center.</source>
        <extracomment>%1 is a data center such as &quot;Europe (zoho.eu)&quot;, %2 a web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens %1. If you use Zoho at another address, such as zoho.eu, go Back and choose your data center, so the console of your own data center opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste each value as it is, without a space or a slash at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do this in Zoho&apos;s API Console, in your browser. Come back here after each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <extracomment>%1 names a field of Zoho&apos;s form that takes several lines, %2 the line&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy the address and open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Zoho does not know this Client ID in the data center that was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return address entered in Zoho for this client does not match the assistant&apos;s exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not allow the access the assistant asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho had a passing problem of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho has answered the Zoho onboarding assistant. You can close this tab and go back to the assistant: it finishes the check and shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not allow access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Close this tab and go back to the assistant: it says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho answered the sign-in with &quot;%1&quot;: %2 Close this tab and go back to the assistant: it says what to do.</source>
        <extracomment>%1 is the error code Zoho sent, such as &quot;invalid_client&quot;; %2 says what it means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an answer to this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address on your computer belongs to the Zoho onboarding assistant. What arrived here is not Zoho&apos;s answer to the sign-in under way, so nothing was changed. To sign in, use the tab that the assistant opened, or start the sign-in again from the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Open the Zoho API Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho asks for a website; Optiply&apos;s is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the first; the second stays on this computer and lets this assistant check once, now, that your Client ID and Client Secret work. Enter both, each on its own line (Zoho&apos;s + adds the second).</source>
        <extracomment>%1 is the name of the field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click %1 below. Your browser opens Zoho&apos;s API Console.</source>
        <extracomment>%1 is the label of this assistant&apos;s button below</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <extracomment>%1 is Zoho&apos;s label &quot;Sign in&quot;, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.</source>
        <extracomment>%1 and %2 are Zoho&apos;s button labels, kept as Zoho shows them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho lists kinds of clients. Point at %1.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click %1 on it.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paste the name.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paste the website.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paste the first address.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click %1 beside it: Zoho adds a second, empty line.</source>
        <extracomment>%1 is Zoho&apos;s &quot;+&quot; button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the second address into the new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click %1.</source>
        <extracomment>%1 is Zoho&apos;s button label, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 tab.</source>
        <extracomment>%1 is the name of a tab in Zoho&apos;s console, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 with the copy symbol at the end of its line.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 the same way.</source>
        <extracomment>%1 is Zoho&apos;s label, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s API Console is where you allow Optiply to connect to your Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you sign in, the console shows the connections you have allowed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the API Console:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho shows a form. Copy each value below with its Copy button and paste it into Zoho&apos;s field of the same name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasting avoids typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the form once more: both addresses under %1, each on its own line.</source>
        <extracomment>%1 is the name of a field in Zoho&apos;s form, kept as Zoho shows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho now shows your new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho shows your new client&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the next page you paste them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving the Client Secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to make a new secret in Zoho&apos;s API Console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeStatusText</name>
    <message>
        <source>Zoho recognises this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not Zoho credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho does not know this Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho asks us to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Zoho failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho gave an answer we did not expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client Secret again from the Client Secret tab of your client in the Zoho API Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has no client with this ID. Check that you chose the data center your Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose &quot;I don&apos;t know&quot; so that every data center is asked. Then check that the Client ID was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho received too many requests for this client in a short time. Wait ten minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online and that no firewall or proxy blocks %1. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Zoho could not be secured, so nothing was sent. A company network or antivirus that inspects secure connections can cause this; ask your IT department to let this program reach Zoho directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer. Check your internet connection and try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something other than a Zoho reply. This is often a temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page in your browser to check, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in with Zoho did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not complete the sign-in: access was declined on Zoho&apos;s page, or the sign-in took too long or was started twice. Try the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer reaches the internet through the proxy server %1, which may be where the problem lies; your IT department can check it.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was refused. A firewall or security program on this computer or network probably blocks this program: allow it to reach Zoho, or ask your IT department to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Zoho&apos;s %1 data center was cut off before Zoho&apos;s answer arrived. A weak or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that inspects traffic, can cause this. Try again; if it happens again, try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not reach Zoho&apos;s %1 data center: it seems to be offline, or a VPN or firewall blocks the way. Check that websites open in your browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy server between this computer and Zoho asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %1 data center without a proxy sign-in, or use a network without this proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, asks for a user name and password, and this program cannot sign in to a proxy. Ask your IT department to let it reach Zoho&apos;s %2 data center without a proxy sign-in, or use a network without this proxy.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server through which this computer reaches the internet did not connect this program to Zoho&apos;s %1 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1, through which this computer reaches the internet, did not connect this program to Zoho&apos;s %2 data center: it refused, failed or closed the connection. Check this computer&apos;s proxy settings, or ask your IT department to let this program reach Zoho.</source>
        <extracomment>%1 is a proxy server such as &quot;proxy.example.com:3128&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before Zoho answered. Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate that this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections: a company firewall or proxy, or the web protection of an antivirus program. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Zoho was answered with a certificate issued by &quot;%1&quot;, which this computer does not trust, so nothing was sent. Most often something on this network or computer intercepts secure connections, a company firewall or proxy, or the web protection of an antivirus program, and &quot;%1&quot; is its name. Ask your IT department to let this program reach Zoho without inspection, or try another network.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Zoho was refused because its certificate is not valid at this computer&apos;s date and time, so nothing was sent. Usually this computer&apos;s clock is wrong: set the date, time and time zone correctly, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was answered with the certificate of another website (issued by &quot;%1&quot;), so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <extracomment>%1 names whoever issued the certificate, such as &quot;Contoso Web Filter CA&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to Zoho&apos;s %1 data center could not be set up, so nothing was sent. Something between this computer and Zoho, such as a firewall, proxy or security program, interferes with secure connections. Try another network, or ask your IT department to let this program reach Zoho directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot make secure connections: its encryption support (OpenSSL) is missing or unusable. Install the program again, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center did not answer in time. The connection may be very slow, or a firewall may silently drop it. Check your internet connection and try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center has a problem of its own: it answered with a server error. This is usually temporary and says nothing about your credentials. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of Zoho&apos;s answer, a web page came back: usually the login page of a hotel, guest or public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered with something that is not a Zoho reply. This is usually a passing problem at Zoho, or a proxy or security program that changes the answer. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of answering, the server sent this program on to an unencrypted (http://) address. It did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a badly set up proxy, does this. Open any web page in your browser, sign in to the network or accept its terms, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of answering, Zoho&apos;s %1 data center sent this program on to another address. It did not go there: the credentials go to Zoho&apos;s accounts server only. Check that the right data center is chosen and, if you entered an accounts server address yourself, that it is right. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center answered, but with nothing this program knows. Try again later; if it keeps happening, contact Optiply support and mention the technical details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho refuses more requests for this client for now: it received too many requests in a short time. Wait ten minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return address entered in Zoho does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center recognises this client. Only a sign-in with Zoho proves that the Client Secret is right as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it again from the Client Secret tab of your client in Zoho&apos;s API Console. Generate a new secret there only if you must: every integration that uses the current secret stops working until it gets the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but the return addresses you entered in Zoho (Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter the addresses exactly as shown in step 3 (no space, no slash at the end), and press Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of Zoho&apos;s data centers could be reached from this computer. It seems to be offline, or a firewall, proxy or VPN blocks the way. Check that websites open in your browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center could not be found from this computer. It is probably offline, or its internet connection does not work properly. Check that websites open in your browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center sent an answer far larger than any of Zoho&apos;s, so this program did not read it. Something between this computer and Zoho, such as a proxy or security program, may be changing the answer. Try again later, or on another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s answer says that your Zoho account is at %1, a Zoho address this program does not know, so it stopped there: nothing was sent to that address. Contact Optiply support and mention it.</source>
        <extracomment>%1 is an address such as &quot;accounts.zoho.xx&quot; that Zoho named</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not allow access: it was declined on Zoho&apos;s page, or there were too many sign-in attempts within 10 minutes. Wait 10 minutes, then try again, and click Accept on Zoho&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s %1 data center accepted these credentials in a complete sign-in, but this test sign-in could not be removed from Zoho again. It stays valid until it is removed, and it counts toward Zoho&apos;s limit of 20 such sign-ins for this client. Remove it in your Zoho account&apos;s settings (Zoho Accounts), under Sessions, Connected Apps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No Zoho credentials are stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are too long for the system keychain (at most %1 bytes). Check that only the Client ID and the Client Secret were pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds an entry for this program that cannot be read. Remove it with &quot;zoho-onboarding forget&quot;, then store the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give back what was saved. Try again; if it keeps happening, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not saved; nothing was written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored credentials could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials were not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain that this program can use. %1 Install and start a Secret Service (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used. %1 Restart the computer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Try again and allow access when the system asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. %1 Unlock it (on Linux: in Passwords and Keys, or by signing in again), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem. %1 Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Copy Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with New Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget These Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Zoho connection is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps the Client ID and Client Secret you made for Optiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID for Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client Secret for Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks with Zoho that the stored credentials still work, with one sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks you through making a new client in Zoho; the stored one stays until the new one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the credentials from this computer. Zoho and Optiply are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For Optiply:&lt;/b&gt; copy each value and paste it in Optiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified as %1 on %2.</source>
        <extracomment>%1 is a Zoho account (an email address), %2 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on %1. Zoho recognised the client; no sign-in was made with it.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden (ends in %1)</source>
        <extracomment>%1 is the secret&apos;s last four characters and a check code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho data center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client ID is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret is copied. It is taken off the clipboard after %1 seconds.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are removed from this computer. The client in Zoho and the connection in Optiply stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Client &amp;Secret, kept here until it is saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Saving Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Zoho&apos;s %1 data center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking all of Zoho&apos;s data centers where your client is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the credentials in this computer&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials are saved in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Without Signing In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Sign-in Page Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, signs in once to prove the credentials, and keeps them in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address from the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the Sign-in Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the assistant then receives Zoho&apos;s answer by itself. The test sign-in is removed from your Zoho account right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is enabled in several data centers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho recognises your client in its %1 data center. Now sign in once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser could not be opened. The address of Zoho&apos;s sign-in page is now on the clipboard: paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified — connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the stored credentials were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer still keeps the earlier Zoho credentials. The new ones are not saved: copy the secret below if you want to keep it, or save them after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stored credentials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the ones you just checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Old Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the sign-in, the secret is proven only when Optiply connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials are fine, but they could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Zoho sends you back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Zoho API &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho already recognised the client. Without the sign-in, the secret is fully proven only when Optiply connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second line of &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; from step 3 (the address Zoho sends you back to after you approve) is missing. Open your client in Zoho&apos;s API Console, add it, click Update, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another region than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer is in the way, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole &amp;address from its address bar and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the unsaved Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the unsaved Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Client Secret is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them – find it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho data center to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which Zoho data center?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Zoho&apos;s API Console, open your client, find &lt;b&gt;Authorized Redirect URIs&lt;/b&gt;, click &lt;b&gt;+&lt;/b&gt; to add a second line, paste this address there and click &lt;b&gt;Update&lt;/b&gt;. Then click Sign In Again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: the two lines of Authorized Redirect URIs in Zoho&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet: one thing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, but not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho does not know the address it should send you back to after you approve: the second line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the Secret Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the Client ID Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another &amp;Data Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the Missing Address in Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait and Check Again by Itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Connect your Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ten minutes. You need the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: Zoho and Optiply, connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a &lt;b&gt;Client ID&lt;/b&gt; and a &lt;b&gt;Client Secret&lt;/b&gt;. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key with Zoho, and keeps it safe in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know – find it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where is your Zoho account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the address bar when you use Zoho: &lt;b&gt;zoho.eu&lt;/b&gt; means Europe, &lt;b&gt;zoho.com&lt;/b&gt; means United States, &lt;b&gt;zoho.in&lt;/b&gt; India, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts-server setting was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZohoSignIn</name>
    <message>
        <source>This is not the address Zoho sent your browser to. After you allow access on Zoho&apos;s page, copy the whole address from the browser&apos;s address bar: it contains &quot;code=&quot; and &quot;state=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address belongs to another sign-in attempt. Use the address from the sign-in you just made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer waiting for Zoho&apos;s answer. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
