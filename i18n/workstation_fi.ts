<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/queue/model.py" line="23"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="24"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="25"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="26"/>
        <source>Callback</source>
        <translation>Soittopyyntö</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="27"/>
        <source>Walk-in</source>
        <translation>Käynti</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="108"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Kirjoita vastaus. Enter lähettää, Shift+Enter lisää rivinvaihdon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="111"/>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="112"/>
        <source>Send the reply (Enter)</source>
        <translation>Lähetä vastaus (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="113"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="114"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>Päätä tämä yhteydenotto (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="123"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="127"/>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="134"/>
        <source>Caller: %1</source>
        <translation>Soittaja: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="135"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="137"/>
        <source>Matching clients:</source>
        <translation>Numeroa vastaavat asiakkaat:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="138"/>
        <source>No client or relative has this number.</source>
        <translation>Numerolla ei löytynyt asiakasta eikä läheistä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="141"/>
        <source>Caller details</source>
        <translation>Soittajan tiedot</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="154"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Counsellor</source>
        <translation>Asiakasohjaaja</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Citizen</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="177"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="187"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>Vastaus on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="190"/>
        <source>Write something before sending.</source>
        <translation>Kirjoita jotain ennen lähettämistä.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login.py" line="85"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Kirjautuminen — Asiakasohjauksen työpöytä</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="86"/>
        <source>Client and service guidance</source>
        <translation>Asiakas- ja palveluohjaus</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="87"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Palvelimen osoite:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="88"/>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="91"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="92"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="93"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="94"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="95"/>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="96"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="108"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Palvelimen osoitteen alussa on oltava http:// tai https://.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="112"/>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="127"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>Palvelimeen ei saada yhteyttä, etkä ole aiemmin kirjautunut tällä tietokoneella, joten tallennettuja tietoja ei ole käytettävissä ilman yhteyttä.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="130"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="132"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="135"/>
        <source>The server refused the login:</source>
        <translation>Palvelin hylkäsi kirjautumisen:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="138"/>
        <source>Login failed:</source>
        <translation>Kirjautuminen epäonnistui:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Client guidance workstation — %1</source>
        <translation>Asiakasohjauksen työpöytä — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>&amp;Contact</source>
        <translation>&amp;Yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Presence</source>
        <translation>&amp;Läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Ota yhteydenotto vastaan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>Close &amp;tab</source>
        <translation>&amp;Sulje välilehti</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Go to &amp;queue</source>
        <translation>Siirry &amp;jonoon</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>Go to &amp;reply</source>
        <translation>Siirry &amp;vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Seuraava välilehti</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Kirjaudu uudelleen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Available</source>
        <translation>Vapaa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>After-contact work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Ota vastaan valittu yhteydenotto tai seuraava yhteydenotto omilla kielilläsi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Ei avoimia yhteydenottoja.

F2 ottaa vastaan jonon seuraavan yhteydenoton, F6 siirtää jonoon.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>Work area</source>
        <translation>Työalue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="184"/>
        <source>Open contacts</source>
        <translation>Avoimet yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="247"/>
        <source>No contacts waiting in your languages.</source>
        <translation>Omilla kielilläsi ei ole jonottavia yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>That contact is no longer waiting.</source>
        <translation>Yhteydenotto ei ole enää jonossa.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="289"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="317"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>Päätä ensin yhteydenotto (Ctrl+E); välilehti pysyy auki siihen asti.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>Contact ended. Ctrl+W closes the tab.</source>
        <translation>Yhteydenotto päätetty. Ctrl+W sulkee välilehden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="370"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>Kirjautuminen on vanhentunut. Työsi on tallessa; kirjaudu uudelleen (Ctrl+L), niin muutokset lähetetään.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="400"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Joku muu ehti ottaa yhteydenoton vastaan ensin.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="401"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>Chat on päättynyt; viestiä ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Vain yhteydenottoa hoitava ohjaaja voi tehdä sen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>The contact no longer exists.</source>
        <translation>Yhteydenottoa ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>Your role does not allow that.</source>
        <translation>Roolisi ei salli sitä.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>The server refused a change:</source>
        <translation>Palvelin hylkäsi muutoksen:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Send the reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>New line in the reply</source>
        <translation>Rivinvaihto vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="63"/>
        <source>Regional queue</source>
        <translation>Alueellinen jono</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="64"/>
        <source>Waiting contacts</source>
        <translation>Jonottavat yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="65"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter tai F2 ottaa valitun yhteydenoton vastaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/dock.py" line="91"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n yhteydenotto jonossa</numerusform>
            <numerusform>%n yhteydenottoa jonossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="53"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (läheinen: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="81"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="82"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="83"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="84"/>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="85"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="118"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/status.py" line="50"/>
        <source>Available</source>
        <translation>Vapaa</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="51"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="52"/>
        <source>After-contact work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="53"/>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="54"/>
        <source>Offline</source>
        <translation>Poissa linjoilta</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="60"/>
        <source>My presence</source>
        <translation>Oma läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</source>
        <translation>Oma läsnäolotila: Ctrl+1 vapaa, Ctrl+2 varattu, Ctrl+3 jälkityö, Ctrl+4 poissa</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="63"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Kirjautuminen vain muistissa (ei avainnippua)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="65"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>Tällä tietokoneella ei ole avainnippupalvelua, joten kirjautumista ei tallenneta: uudelleenkäynnistyksen jälkeen kirjaudut uudelleen. Levylle ei kirjoiteta mitään selväkielisenä.</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>● Online</source>
        <translation>● Yhteydessä</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="74"/>
        <source>● Syncing…</source>
        <translation>● Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>● Offline — working from saved data</source>
        <translation>● Ei yhteyttä – työskentelet tallennetuilla tiedoilla</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="76"/>
        <source>● Log in again to sync</source>
        <translation>● Kirjaudu uudelleen synkronoidaksesi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="85"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muutos odottaa lähetystä</numerusform>
            <numerusform>%n muutosta odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="86"/>
        <source>All changes sent</source>
        <translation>Kaikki muutokset lähetetty</translation>
    </message>
</context>
</TS>
