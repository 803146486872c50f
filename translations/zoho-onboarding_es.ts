<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Helps you connect Optiply to Zoho: shows what to enter in Zoho&apos;s API Console, checks the Client ID and Client Secret with Zoho, and keeps them in the system keychain.

Without a command, the assistant&apos;s window opens.

Commands:
  values   What to enter in Zoho&apos;s client registration form.
  check    Read the Client ID and Client Secret from standard input and ask Zoho about them.
  store    Check them as `check` does, then keep them in the system keychain.
  status   Whether credentials are stored (the secret is never shown).
  forget   Remove the stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, check, store, status or forget</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Paste each value as it is: the redirect URI must match exactly, without a space or a slash at the end.</source>
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
        <source>Optiply&apos;s integration partner, hotglue, receives Zoho&apos;s answer at this address. It must match exactly.</source>
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
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking with Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant asks Zoho whether it knows your client, then keeps the credentials in this computer&apos;s keychain.</source>
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
        <source>This client is enabled in several data centers (%1); Optiply will use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho recognises your client, but it could not be saved</source>
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
    <name>main</name>
    <message>
        <source>Connect Zoho to Optiply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
