<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/queue/model.py" line="23"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="24"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="25"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="26"/>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="27"/>
        <source>Walk-in</source>
        <translation>Besök</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="108"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Skriv ett svar. Enter skickar, Shift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="111"/>
        <source>&amp;Send</source>
        <translation>Sk&amp;icka</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="112"/>
        <source>Send the reply (Enter)</source>
        <translation>Skicka svaret (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="113"/>
        <source>&amp;End contact</source>
        <translation>Avs&amp;luta kontakt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="114"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>Avsluta den här kontakten (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="123"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="127"/>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="134"/>
        <source>Caller: %1</source>
        <translation>Uppringare: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="135"/>
        <source>hidden number</source>
        <translation>dolt nummer</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="137"/>
        <source>Matching clients:</source>
        <translation>Klienter med numret:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="138"/>
        <source>No client or relative has this number.</source>
        <translation>Ingen klient eller närstående har numret.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="141"/>
        <source>Caller details</source>
        <translation>Uppgifter om uppringaren</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="154"/>
        <source>sending…</source>
        <translation>skickas…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Counsellor</source>
        <translation>Klienthandledare</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Citizen</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="177"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tecken</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="187"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>Svaret är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="190"/>
        <source>Write something before sending.</source>
        <translation>Skriv något innan du skickar.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login.py" line="85"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Logga in — Arbetsstation för klienthandledning</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="86"/>
        <source>Client and service guidance</source>
        <translation>Klient- och servicehandledning</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="87"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradress:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="88"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="91"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="92"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="93"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="94"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="95"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="96"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="108"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Serveradressen måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="112"/>
        <source>Enter your user name and password.</source>
        <translation>Ange ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="127"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>Servern kan inte nås och du har inte loggat in på den här datorn tidigare, så det finns inga sparade uppgifter att arbeta med utan förbindelse.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="130"/>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="132"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>För många misslyckade försök. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="135"/>
        <source>The server refused the login:</source>
        <translation>Servern avvisade inloggningen:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="138"/>
        <source>Login failed:</source>
        <translation>Inloggningen misslyckades:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Client guidance workstation — %1</source>
        <translation>Arbetsstation för klienthandledning — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Presence</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Ta emot kontakt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>&amp;End contact</source>
        <translation>Avs&amp;luta kontakt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>Close &amp;tab</source>
        <translation>Stäng &amp;flik</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Go to &amp;queue</source>
        <translation>Gå till &amp;kön</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>Go to &amp;reply</source>
        <translation>Gå till &amp;svaret</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Nästa flik</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Logga in igen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>After-contact work</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Ta emot den valda kontakten eller nästa kontakt på dina språk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Inga öppna kontakter.

Tryck på F2 för att ta emot nästa kontakt i kön, F6 för att gå till kön.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Open contacts</source>
        <translation>Öppna kontakter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="247"/>
        <source>No contacts waiting in your languages.</source>
        <translation>Inga kontakter väntar på dina språk.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>That contact is no longer waiting.</source>
        <translation>Kontakten väntar inte längre i kön.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="289"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="317"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>Avsluta kontakten först (Ctrl+E); fliken hålls öppen tills dess.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>Contact ended. Ctrl+W closes the tab.</source>
        <translation>Kontakten har avslutats. Ctrl+W stänger fliken.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="370"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>Inloggningen har gått ut. Ditt arbete finns kvar; logga in igen (Ctrl+L) så skickas ändringarna.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="400"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Någon annan tog emot kontakten först.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="401"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>Chatten har avslutats; meddelandet skickades inte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Endast handledaren som sköter kontakten kan göra det.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>The contact no longer exists.</source>
        <translation>Kontakten finns inte längre.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>Your role does not allow that.</source>
        <translation>Din roll tillåter inte det.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>The server refused a change:</source>
        <translation>Servern avvisade en ändring:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Send the reply</source>
        <translation>Skicka svaret</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>New line in the reply</source>
        <translation>Ny rad i svaret</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="63"/>
        <source>Regional queue</source>
        <translation>Regional kö</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="64"/>
        <source>Waiting contacts</source>
        <translation>Väntande kontakter</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="65"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter eller F2 tar emot den valda kontakten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/dock.py" line="91"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n kontakt väntar</numerusform>
            <numerusform>%n kontakter väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="53"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (närstående: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="81"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="82"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="83"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="84"/>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="85"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="118"/>
        <source>hidden number</source>
        <translation>dolt nummer</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/status.py" line="50"/>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="51"/>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="52"/>
        <source>After-contact work</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="53"/>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="54"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="60"/>
        <source>My presence</source>
        <translation>Min närvaro</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</source>
        <translation>Min närvaro: Ctrl+1 ledig, Ctrl+2 upptagen, Ctrl+3 efterarbete, Ctrl+4 borta</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="63"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Inloggningen finns bara i minnet (ingen nyckelring)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="65"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>Den här datorn har ingen nyckelringstjänst, så inloggningen sparas inte: efter en omstart loggar du in på nytt. Ingenting skrivs till disken i klartext.</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>● Online</source>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="74"/>
        <source>● Syncing…</source>
        <translation>● Synkroniserar…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>● Offline — working from saved data</source>
        <translation>● Ingen förbindelse – du arbetar med sparade uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="76"/>
        <source>● Log in again to sync</source>
        <translation>● Logga in på nytt för att synkronisera</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="85"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="86"/>
        <source>All changes sent</source>
        <translation>Alla ändringar har skickats</translation>
    </message>
</context>
</TS>
