<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>In the Zoho API Console choose Add Client, then Server-based Applications, and enter:</source>
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
        <source>The test sign-in could not be removed from Zoho; it expires by itself within an hour, or remove it under Zoho Accounts → Connected Apps.</source>
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
</context>
<context>
    <name>CredentialParser</name>
    <message>
        <source>This is a code or token that Zoho made for a sign-in, not the Client ID. Copy the Client ID from the Client Secret tab of your client in the API Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Client ID looks cut off: it has %1 of its %2 characters. Copy it again, all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Client IDs use capital letters only, but this one has small letters. Copy it again instead of typing it.</source>
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
        <source>This is a code or token that Zoho made for a sign-in, not the Client Secret. Copy the Client Secret from the Client Secret tab of your client in the API Console.</source>
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
        <source>The last four characters and a short checksum of the secret. Support can compare it without anyone reading the secret out.</source>
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
        <source>Secret fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: the Client ID and the Client Secret on Zoho&apos;s Client Secret tab</source>
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
        <source>hidden (fingerprint %1)</source>
        <extracomment>%1 is a fingerprint such as &quot;…a1b2 · 3f9c2e&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied secret is removed from the clipboard after %1 seconds, or when you close this assistant.</source>
        <extracomment>%1 is a number of seconds (60)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified — connected as %1.&lt;/b&gt; Your client is in Zoho&apos;s %2 data center, and the credentials are saved in this computer&apos;s keychain.</source>
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
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The Zoho onboarding assistant received Zoho&apos;s answer. You can close this tab and go back to the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingGuide</name>
    <message>
        <source>Client Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name works; this one tells you later what the client is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho requires a homepage; Optiply&apos;s is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Zoho API Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Console is where Zoho keeps the connections you allow. Open it and sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server-based client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Add Client&lt;/b&gt; (or &lt;b&gt;Get Started&lt;/b&gt; if you have never added one). Zoho asks which kind of client: under &lt;b&gt;Server-based Applications&lt;/b&gt;, click &lt;b&gt;Create Now&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho shows a form with three fields. Copy each value below and paste it into the field of the same name. Pasting avoids typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the three fields once more, then click &lt;b&gt;Create&lt;/b&gt;. Zoho now shows your new client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Client Secret&lt;/b&gt; tab. It shows the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt;. &lt;b&gt;Zoho shows the secret only this once&lt;/b&gt;: keep the page open until this assistant has stored it. On the next page you paste both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Integrations → add Zoho as a new data source</source>
        <extracomment>Menu path in the Optiply dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both addresses (Zoho&apos;s + button adds a second line). Optiply&apos;s integration partner, hotglue, receives Zoho&apos;s answers at the first; the second lets this assistant sign in once, on this computer, to prove that the credentials work. Both must match exactly.</source>
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
        <source>The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you close now, you may have to generate a new secret in Zoho&apos;s API Console.</source>
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
        <source>The redirect URI is not registered</source>
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
        <source>Zoho&apos;s %1 data center knows this Client ID and accepted the secret.</source>
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
        <source>Zoho found the client in its %1 data center, but the secret does not match. Copy the Client Secret again. If you no longer have it, open the client in the API Console and generate a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client exists in Zoho&apos;s %1 data center, but %2 is not among its Authorized Redirect URIs. Open the client in the API Console, add it exactly as shown in step 3 (no space, no slash at the end), and press Update.</source>
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
        <source>The address of Zoho&apos;s %1 data center could not be looked up. This computer is probably offline, or its name service (DNS) does not work. Check that websites open in your browser, then try again.</source>
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
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client Secret</source>
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
        <source>Zoho already recognised the client. Without the sign-in, the secret itself is not proven until Optiply connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser shows &lt;b&gt;Invalid Redirect Uri&lt;/b&gt;: the second redirect URI from step 3 is missing. Open your client in Zoho&apos;s API Console, add it, click Update, then sign in again.&lt;br&gt;If it shows &lt;b&gt;Invalid Client&lt;/b&gt;: Zoho signed you in to another data center than the client&apos;s. Sign out of Zoho in the browser, then start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program on this computer uses port %1, so the assistant cannot receive Zoho&apos;s answer by itself. After you click Accept on Zoho&apos;s page, your browser shows an error or another program&apos;s page: copy the whole &amp;address from its address bar and paste it here.</source>
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
        <source>Zoho does not accept %1 as a redirect URI of this client. Open the client in the API Console, add it as the second Authorized Redirect URI exactly as shown in step 3, click Update, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Zoho account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sign-in could not be removed from Zoho. It expires by itself; you can also remove it under Zoho Accounts → Connected Apps.</source>
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
