<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AppointmentsDock</name>
    <message>
        <location filename="../ui/walkin/day.py" line="205"/>
        <source>Guidance point day</source>
        <translation>Neuvontapisteen päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="206"/>
        <source>&amp;Point</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="207"/>
        <source>&amp;Day</source>
        <translation>Päi&amp;vä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="208"/>
        <source>Guidance point</source>
        <translation>Neuvontapiste</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="209"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="210"/>
        <source>Appointments of the day</source>
        <translation>Päivän ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="211"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="211"/>
        <source>Visitor</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="212"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="212"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="213"/>
        <source>Check in (Enter)</source>
        <translation>Kirjaa saapuneeksi (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="214"/>
        <source>Book (Ctrl+B)</source>
        <translation>Varaa aika (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="215"/>
        <source>Visitor without appointment (Ctrl+R)</source>
        <translation>Asiakas ilman ajanvarausta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="216"/>
        <source>Cancel booking (Del)</source>
        <translation>Peru varaus (Del)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="217"/>
        <source>No appointments on this day. Ctrl+B books one.</source>
        <translation>Tälle päivälle ei ole ajanvarauksia. Ctrl+B varaa ajan.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="78"/>
        <source>booked</source>
        <translation>varattu</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="79"/>
        <source>checked in</source>
        <translation>saapunut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="80"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>CannedFeature</name>
    <message>
        <location filename="../ui/canned/feature.py" line="21"/>
        <source>Insert &amp;canned reply…</source>
        <translation>Lisää val&amp;misvastaus…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="22"/>
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Tiimin valmisvastaukset…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="31"/>
        <source>Open a chat or an email to insert a canned reply.</source>
        <translation>Avaa chat tai sähköposti lisätäksesi valmisvastauksen.</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="48"/>
        <source>You are not in a team.</source>
        <translation>Et kuulu tiimiin.</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="175"/>
        <source>The team&apos;s canned replies</source>
        <translation>Tiimin valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="176"/>
        <source>Canned replies</source>
        <translation>Valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="179"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="180"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="181"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;ksti</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="182"/>
        <source>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</source>
        <translation>{name} korvautuu asiakkaan etunimellä, {counsellor} omallasi.</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="184"/>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="185"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="220"/>
        <source>Write a title and a text.</source>
        <translation>Kirjoita otsikko ja teksti.</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="71"/>
        <location filename="../ui/canned/dialogs.py" line="74"/>
        <source>Canned replies</source>
        <translation>Valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="72"/>
        <source>Type to search; Enter inserts, Esc closes</source>
        <translation>Kirjoita hakeaksesi; Enter lisää, Esc sulkee</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="73"/>
        <source>Search canned replies</source>
        <translation>Hae valmisvastauksia</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="75"/>
        <source>Canned reply text</source>
        <translation>Valmisvastauksen teksti</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="76"/>
        <source>No canned replies in this language. A team member can add them under Contact → Manage canned replies.</source>
        <translation>Tällä kielellä ei ole valmisvastauksia. Tiimin jäsen voi lisätä niitä kohdassa Yhteydenotto → Tiimin valmisvastaukset.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/common/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="20"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="21"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="22"/>
        <source>Callback</source>
        <translation>Soittopyyntö</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="23"/>
        <source>Walk-in</source>
        <translation>Käynti</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="288"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="289"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="290"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Kirjoita vastaus. Enter lähettää, Shift+Enter lisää rivinvaihdon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="292"/>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="293"/>
        <source>Send the reply (Enter)</source>
        <translation>Lähetä vastaus (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="294"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="295"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>Päätä tämä yhteydenotto (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="296"/>
        <source>&amp;No answer</source>
        <translation>&amp;Ei vastannut</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="297"/>
        <source>Left a &amp;message</source>
        <translation>&amp;Jätin viestin</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="298"/>
        <source>&amp;Reached</source>
        <translation>T&amp;avoitettu</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="300"/>
        <source>Record this call-back attempt (Alt+underlined letter)</source>
        <translation>Kirjaa tämä soittoyritys (Alt+alleviivattu kirjain)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="310"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="314"/>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="317"/>
        <source>From: %1 · Subject: %2</source>
        <translation>Lähettäjä: %1 · Aihe: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="319"/>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="331"/>
        <source>A visitor at the guidance point.</source>
        <translation>Asiakas neuvontapisteellä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="332"/>
        <source>Visit details</source>
        <translation>Käynnin tiedot</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="334"/>
        <source>Caller: %1</source>
        <translation>Soittaja: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="335"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="337"/>
        <source>Matching clients:</source>
        <translation>Numeroa vastaavat asiakkaat:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="338"/>
        <source>No client or relative has this number.</source>
        <translation>Numerolla ei löytynyt asiakasta eikä läheistä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="343"/>
        <source>Requested time: %1</source>
        <translation>Toivottu aika: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="346"/>
        <source>Attempts:</source>
        <translation>Soittoyritykset:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="354"/>
        <source>Caller details</source>
        <translation>Soittajan tiedot</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="365"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="401"/>
        <source>%1: caller is %2</source>
        <translation>%1: soittaja on %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="403"/>
        <source>Confirm who is calling (Alt+%1): the tab is named after them</source>
        <translation>Vahvista, kuka soittaa (Alt+%1): välilehti nimetään hänen mukaansa</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="471"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="470"/>
        <source>Counsellor</source>
        <translation>Asiakasohjaaja</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="470"/>
        <source>Citizen</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="474"/>
        <source>not emailed yet: the mail server does not answer; trying again</source>
        <translation>ei vielä lähetetty: sähköpostipalvelin ei vastaa; yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="476"/>
        <source>waiting to be emailed</source>
        <translation>odottaa sähköpostilähetystä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="478"/>
        <source>NOT DELIVERED: the mail server refused it; reply another way</source>
        <translation>EI TOIMITETTU: sähköpostipalvelin hylkäsi viestin; vastaa muuta kautta</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="481"/>
        <source>emailed</source>
        <translation>lähetetty sähköpostina</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="508"/>
        <source>Attachments (Tab to one, Enter opens it): %1</source>
        <translation>Liitteet (sarkaimella liitteeseen, Enter avaa): %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="518"/>
        <source>This mail could not be read. The original is kept on the server (inbound mail %1).</source>
        <translation>Viestiä ei voitu lukea. Alkuperäinen on tallessa palvelimella (saapunut viesti %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="521"/>
        <source>Shortened here; the whole mail is kept on the server (inbound mail %1).</source>
        <translation>Lyhennetty tässä; koko viesti on tallessa palvelimella (saapunut viesti %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="524"/>
        <source>The mail has no text.</source>
        <translation>Viestissä ei ole tekstiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="545"/>
        <source>%1 is writing…</source>
        <translation>%1 kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="546"/>
        <source>The citizen</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="555"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="565"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>Vastaus on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="568"/>
        <source>Write something before sending.</source>
        <translation>Kirjoita jotain ennen lähettämistä.</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../ui/chat/feature.py" line="66"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="67"/>
        <source>&amp;Hand over…</source>
        <translation>Siirrä &amp;kollegalle…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="68"/>
        <source>Close &amp;tab</source>
        <translation>&amp;Sulje välilehti</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="69"/>
        <source>Go to &amp;reply</source>
        <translation>Siirry &amp;vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="70"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Seuraava välilehti</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="71"/>
        <source>Go to the n&amp;ote</source>
        <translation>Siirry &amp;muistiinpanoon</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="72"/>
        <source>&amp;Save the note</source>
        <translation>&amp;Tallenna muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="74"/>
        <source>Confirm the caller: match %1</source>
        <translation>Vahvista soittaja: osuma %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="76"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Ei avoimia yhteydenottoja.

F2 ottaa vastaan jonon seuraavan yhteydenoton, F6 siirtää jonoon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="78"/>
        <source>Work area</source>
        <translation>Työalue</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="79"/>
        <location filename="../ui/chat/feature.py" line="251"/>
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="80"/>
        <source>Open contacts</source>
        <translation>Avoimet yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="235"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="262"/>
        <source>Save the wrap-up first (Ctrl+Enter).</source>
        <translation>Tallenna ensin kirjaus (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="266"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>Päätä ensin yhteydenotto (Ctrl+E); välilehti pysyy auki siihen asti.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="287"/>
        <location filename="../ui/chat/feature.py" line="425"/>
        <source>Open a contact to write a note on it.</source>
        <translation>Avaa yhteydenotto, jotta voit kirjoittaa siihen muistiinpanon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="311"/>
        <source>End the contact?</source>
        <translation>Päätetäänkö yhteydenotto?</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="312"/>
        <source>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</source>
        <translation>Vastaustasi henkilölle %1 ei ole lähetetty. Päätetäänkö yhteydenotto silti? Lähettämätöntä vastausta ei lähetetä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="318"/>
        <source>&amp;End the contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="319"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Jatka kirjoittamista</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="345"/>
        <source>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Yhteydenotto päättyi. Kirjaa se: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="360"/>
        <source>Wrap-up saved. The next contact will be offered to you.</source>
        <translation>Kirjaus tallennettu. Seuraava yhteydenotto tarjotaan sinulle.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="366"/>
        <source>Open the contact you want to hand over.</source>
        <translation>Avaa yhteydenotto, jonka haluat siirtää.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="383"/>
        <source>Contact handed over.</source>
        <translation>Yhteydenotto siirretty.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="394"/>
        <source>Reached: the call goes on. End it with Ctrl+E.</source>
        <translation>Tavoitettu: puhelu jatkuu. Päätä se Ctrl+E:llä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="398"/>
        <source>Attempt recorded; the request returns to the queue for a later try.</source>
        <translation>Yritys kirjattu; pyyntö palaa jonoon myöhempää yritystä varten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="400"/>
        <source>Third attempt without reaching the citizen: the request is closed.</source>
        <translation>Kolmas yritys ilman tavoittamista: pyyntö suljettiin.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="428"/>
        <source>Note saved with the contact.</source>
        <translation>Muistiinpano tallennettu yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="438"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Muistiinpano on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="451"/>
        <source>No screen-pop match %1 to confirm here.</source>
        <translation>Tässä ei ole vahvistettavaa osumaa %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="463"/>
        <source>Caller confirmed: %1.</source>
        <translation>Soittaja vahvistettu: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="478"/>
        <source>Opening %1…</source>
        <translation>Avataan %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="482"/>
        <source>%1 could not be fetched from the server: %2</source>
        <translation>Tiedostoa %1 ei saatu palvelimelta: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="489"/>
        <source>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</source>
        <translation>Tiedostoa %1 ei avattu: tällainen tiedosto voi käynnistää ohjelman. Se on tallennettu kansioon %2; avaa se vain, jos luotat siihen.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="494"/>
        <source>Saved as %1; no program here opens it.</source>
        <translation>Tallennettu nimellä %1; tällä koneella ei ole ohjelmaa sen avaamiseen.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../ui/chat/handover.py" line="52"/>
        <source>Hand over the contact</source>
        <translation>Siirrä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="53"/>
        <source>&amp;To</source>
        <translation>&amp;Kenelle</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="54"/>
        <source>Colleague or team</source>
        <translation>Kollega tai tiimi</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="55"/>
        <source>&amp;Note</source>
        <translation>&amp;Saate</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="56"/>
        <source>Note for the colleague</source>
        <translation>Saate kollegalle</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="57"/>
        <source>What the colleague should know (Tab moves on)</source>
        <translation>Mitä kollegan pitää tietää (Tab siirtyy eteenpäin)</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="65"/>
        <source>Team: %1</source>
        <translation>Tiimi: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="76"/>
        <source>There is nobody to hand the contact to.</source>
        <translation>Yhteydenottoa ei ole kenellekään siirrettävissä.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/labels.py" line="71"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="72"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="87"/>
        <source>no answer</source>
        <translation>ei vastannut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="88"/>
        <source>left a message</source>
        <translation>jätin viestin</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="89"/>
        <source>reached</source>
        <translation>tavoitettu</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="96"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Joku muu ehti ottaa yhteydenoton vastaan ensin.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="97"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>Chat on päättynyt; viestiä ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="98"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Vain yhteydenottoa hoitava ohjaaja voi tehdä sen.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="100"/>
        <source>The contact no longer exists.</source>
        <translation>Yhteydenottoa ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="101"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Yhteydenottoa tarjotaan parhaillaan kollegalle.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="103"/>
        <source>End the contact before the wrap-up.</source>
        <translation>Päätä yhteydenotto ennen kirjausta.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="104"/>
        <source>That colleague cannot take contacts now.</source>
        <translation>Kollega ei voi nyt ottaa yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="105"/>
        <source>That colleague is not available now; hand the contact to the team instead.</source>
        <translation>Kollega ei ole nyt vapaana; siirrä yhteydenotto tiimille.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="108"/>
        <source>That team no longer exists.</source>
        <translation>Tiimiä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="109"/>
        <source>That time is already booked at this point.</source>
        <translation>Aika on jo varattu tässä neuvontapisteessä.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="110"/>
        <source>That guidance point no longer exists.</source>
        <translation>Neuvontapistettä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="111"/>
        <source>You are not allowed to do that to this record.</source>
        <translation>Sinulla ei ole oikeutta tehdä sitä tälle tiedolle.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="112"/>
        <source>That contact is in a language you do not serve.</source>
        <translation>Yhteydenotto on kielellä, jolla et palvele.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="114"/>
        <source>That contact is about a client group you do not serve.</source>
        <translation>Yhteydenotto koskee asiakasryhmää, jota et palvele.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="116"/>
        <source>That contact was handed over to another team.</source>
        <translation>Yhteydenotto on siirretty toiselle tiimille.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="117"/>
        <source>It is not yet time for that callback.</source>
        <translation>Takaisinsoiton aika ei ole vielä alkanut.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="118"/>
        <source>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</source>
        <translation>Vain neuvontapisteen oma henkilöstö, ajan varannut henkilö ja esihenkilöt voivat muuttaa sitä.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="121"/>
        <source>That person is no longer in the directory.</source>
        <translation>Henkilö ei ole enää hakemistossa.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="122"/>
        <source>Someone already checked this visitor in.</source>
        <translation>Joku on jo kirjannut tämän asiakkaan saapuneeksi.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="123"/>
        <source>The appointment was cancelled.</source>
        <translation>Ajanvaraus on peruttu.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="124"/>
        <source>The appointment no longer exists.</source>
        <translation>Ajanvarausta ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="125"/>
        <source>That person does not take contacts, so has no skills to set.</source>
        <translation>Henkilö ei ota vastaan yhteydenottoja, joten hänelle ei aseteta osaamista.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="130"/>
        <source>The server refused the entry as incomplete:</source>
        <translation>Palvelin hylkäsi keskeneräisen kirjauksen:</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="131"/>
        <source>The server refused a change:</source>
        <translation>Palvelin hylkäsi muutoksen:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login.py" line="88"/>
        <source>Login status</source>
        <translation>Kirjautumisen tila</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="89"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Kirjautuminen — Asiakasohjauksen työpöytä</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="90"/>
        <source>Client and service guidance</source>
        <translation>Asiakas- ja palveluohjaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="91"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Palvelimen osoite:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="92"/>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="95"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="96"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="97"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="98"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="99"/>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="100"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="112"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Palvelimen osoitteen alussa on oltava http:// tai https://.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="116"/>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="120"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="136"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>Palvelimeen ei saada yhteyttä, etkä ole aiemmin kirjautunut tällä tietokoneella, joten tallennettuja tietoja ei ole käytettävissä ilman yhteyttä.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="139"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="141"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="144"/>
        <source>The server refused the login:</source>
        <translation>Palvelin hylkäsi kirjautumisen:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="147"/>
        <source>Login failed:</source>
        <translation>Kirjautuminen epäonnistui:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="153"/>
        <source>Client guidance workstation — %1</source>
        <translation>Asiakasohjauksen työpöytä — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="156"/>
        <source>&amp;Contact</source>
        <translation>&amp;Yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="157"/>
        <source>&amp;Presence</source>
        <translation>&amp;Läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="161"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="162"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Kirjaudu uudelleen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="209"/>
        <source>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Tallenna kirjaus ennen kuin poistut: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="228"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>Kirjautuminen on vanhentunut. Työsi on tallessa; kirjaudu uudelleen (Ctrl+L), niin muutokset lähetetään.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="238"/>
        <source>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</source>
        <translation>Tallenna kirjaus ennen uutta kirjautumista: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter. Se säilyy, kunnes kirjautuminen on uusittu.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="267"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="267"/>
        <source>Send the reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="268"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="268"/>
        <source>New line in the reply</source>
        <translation>Rivinvaihto vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="269"/>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="269"/>
        <source>Wrap-up: tick a topic</source>
        <translation>Kirjaus: valitse aihe</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="270"/>
        <source>Alt+letter</source>
        <translation>Alt+kirjain</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="270"/>
        <source>Wrap-up: choose the outcome</source>
        <translation>Kirjaus: valitse lopputulos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="271"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="271"/>
        <source>Wrap-up: save (with the note)</source>
        <translation>Kirjaus: tallenna (muistiinpanon kanssa)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="272"/>
        <source>Alt+1…5</source>
        <translation>Alt+1…5</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="273"/>
        <source>Call: confirm who is calling (a match of the screen pop)</source>
        <translation>Puhelu: vahvista, kuka soittaa (numeroa vastaava asiakas)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="274"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+alleviivattu kirjain</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>Callback request: record the attempt (no answer, left a message, reached)</source>
        <translation>Soittopyyntö: kirjaa soittoyritys (ei vastannut, jätin viestin, tavoitettu)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="277"/>
        <source>Ctrl+B / Enter / Ctrl+R / Del</source>
        <translation>Ctrl+B / Enter / Ctrl+R / Del</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="278"/>
        <source>Guidance point day: book, check in, visitor without an appointment, cancel a booking</source>
        <translation>Neuvontapisteen päivä: varaa aika, kirjaa saapuneeksi, asiakas ilman ajanvarausta, peru varaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="280"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Vasen / Alt+Oikea</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="281"/>
        <source>Guidance point day: the day before / after</source>
        <translation>Neuvontapisteen päivä: edellinen / seuraava päivä</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="282"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../ui/chat/view.py" line="103"/>
        <source>Note (Ctrl+N)</source>
        <translation>Muistiinpano (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="104"/>
        <source>Note on the contact</source>
        <translation>Yhteydenoton muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="105"/>
        <source>What was agreed, what happens next. Ctrl+S saves it with the contact.</source>
        <translation>Mitä sovittiin, mitä tapahtuu seuraavaksi. Ctrl+S tallentaa sen yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</source>
        <translation>Säilyy tällä koneella kirjoittaessasi; Ctrl+S, kirjaus ja siirto tallentavat sen yhteydenoton kanssa</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="164"/>
        <source>Saved with the contact.</source>
        <translation>Tallennettu yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="165"/>
        <source>Saved on this computer; being sent to the server.</source>
        <translation>Tallennettu tälle koneelle; lähetetään palvelimelle.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="166"/>
        <source>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</source>
        <translation>Ei vielä tallennettu yhteydenoton kanssa (säilyy tällä koneella): Ctrl+S tallentaa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="168"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Muistiinpano on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/queue/dock.py" line="67"/>
        <source>Accept (F2)</source>
        <translation>Ota vastaan (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="68"/>
        <source>Accept the offered contact (F2)</source>
        <translation>Ota tarjottu yhteydenotto vastaan (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="69"/>
        <source>Decline (F3)</source>
        <translation>Hylkää (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="70"/>
        <source>Decline: the contact goes to the next counsellor (F3)</source>
        <translation>Hylkää: yhteydenotto menee seuraavalle ohjaajalle (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="83"/>
        <source>Offered to you: %1</source>
        <translation>Tarjotaan sinulle: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="87"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="160"/>
        <source>Regional queue</source>
        <translation>Alueellinen jono</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="161"/>
        <source>Waiting contacts</source>
        <translation>Jonottavat yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="162"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter tai F2 ottaa valitun yhteydenoton vastaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/dock.py" line="189"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n yhteydenotto jonossa</numerusform>
            <numerusform>%n yhteydenottoa jonossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <location filename="../ui/queue/feature.py" line="40"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Ota yhteydenotto vastaan</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="41"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Hylkää tarjous</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="42"/>
        <source>Go to &amp;queue</source>
        <translation>Siirry &amp;jonoon</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="43"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Ota vastaan valittu yhteydenotto tai seuraava yhteydenotto omilla kielilläsi</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="89"/>
        <source>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Tallenna ensin kirjaus: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="96"/>
        <source>No contacts waiting in your languages.</source>
        <translation>Omilla kielilläsi ei ole jonottavia yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="107"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Yhteydenottoa tarjotaan parhaillaan kollegalle.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="111"/>
        <source>That contact is no longer waiting.</source>
        <translation>Yhteydenotto ei ole enää jonossa.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="128"/>
        <source>Offer declined; it goes to the next counsellor.</source>
        <translation>Tarjous hylätty; se menee seuraavalle ohjaajalle.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/common/text.py" line="35"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (läheinen: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="51"/>
        <source>call %1–%2</source>
        <translation>soittoaika %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="53"/>
        <source>call by %1</source>
        <translation>soitto klo %1 mennessä</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="63"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="64"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="65"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="66"/>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="67"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="96"/>
        <source>Offered to you: %1</source>
        <translation>Tarjotaan sinulle: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="112"/>
        <source>Client group: %1</source>
        <translation>Asiakasryhmä: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="115"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="155"/>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="157"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/team/dialog.py" line="151"/>
        <source>My team</source>
        <translation>Oma tiimi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>For</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="154"/>
        <location filename="../ui/team/dialog.py" line="163"/>
        <source>Client groups</source>
        <translation>Asiakasryhmät</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="154"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <source>Arrow keys choose a person; Tab moves to their skills</source>
        <translation>Nuolinäppäimet valitsevat henkilön; sarkain siirtyy hänen osaamiseensa</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>&amp;Finnish</source>
        <translation>&amp;Suomi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>S&amp;wedish</source>
        <translation>&amp;Ruotsi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="162"/>
        <source>Service languages (at least one)</source>
        <translation>Palvelukielet (vähintään yksi)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="164"/>
        <source>No group ticked: the person is offered contacts of every group.</source>
        <translation>Jos ryhmää ei ole valittu, henkilölle tarjotaan kaikkien ryhmien yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="168"/>
        <source>&amp;Save skills</source>
        <translation>&amp;Tallenna osaaminen</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="169"/>
        <source>Save skills (%1)</source>
        <translation>Tallenna osaaminen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="176"/>
        <source>Skills of %1</source>
        <translation>Osaaminen: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="177"/>
        <source>Skills</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="209"/>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/team/dialog.py" line="239"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n yhteydenotto jonossa</numerusform>
            <numerusform>%n yhteydenottoa jonossa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="242"/>
        <source>longest %1</source>
        <translation>pisin %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="252"/>
        <source>Queue: %1</source>
        <translation>Jono: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="253"/>
        <source>Team: %1</source>
        <translation>Tiimi: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="291"/>
        <source>Unsaved skills</source>
        <translation>Tallentamattomat muutokset</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="292"/>
        <source>The skills of %1 have changes that are not saved.</source>
        <translation>Henkilön %1 osaamisessa on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="359"/>
        <source>Tick at least one service language: without one, the person is offered nothing.</source>
        <translation>Valitse vähintään yksi palvelukieli: ilman sitä henkilölle ei tarjota mitään.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="361"/>
        <source>These skills cannot be saved.</source>
        <translation>Tätä osaamista ei voi tallentaa.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../ui/team/feature.py" line="25"/>
        <source>Team picks from the q&amp;ueue (no offers)</source>
        <translation>Tiimi valitsee jonosta (ei t&amp;arjouksia)</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="26"/>
        <source>My t&amp;eam…</source>
        <translation>Oma t&amp;iimi…</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="50"/>
        <source>The team now picks contacts from the queue.</source>
        <translation>Tiimi valitsee nyt yhteydenotot jonosta.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="51"/>
        <source>The server now offers the team&apos;s contacts.</source>
        <translation>Palvelin tarjoaa nyt tiimin yhteydenotot.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="70"/>
        <source>Skills saved; the router offers contacts by them.</source>
        <translation>Osaaminen tallennettu; yhteydenotot tarjotaan sen mukaan.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/walkin/day.py" line="99"/>
        <source>Book an appointment – %1</source>
        <translation>Varaa aika – %1</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="101"/>
        <source>A visitor without an appointment</source>
        <translation>Asiakas ilman ajanvarausta</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="102"/>
        <source>&amp;Time</source>
        <translation>&amp;Aika</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="102"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuutit</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>T&amp;opic</source>
        <translation>Ai&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>&amp;Lisätieto</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="111"/>
        <source>The visitor&apos;s name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="112"/>
        <source>Optional</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="116"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>Kirjoita asiakkaan nimi.</translation>
    </message>
</context>
<context>
    <name>WalkInFeature</name>
    <message>
        <location filename="../ui/walkin/feature.py" line="38"/>
        <source>Guidance point &amp;day</source>
        <translation>&amp;Neuvontapisteen päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="81"/>
        <source>Appointment booked.</source>
        <translation>Aika varattu.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="97"/>
        <source>Only a booked appointment can be checked in.</source>
        <translation>Vain varatun ajan asiakkaan voi kirjata saapuneeksi.</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/shell/status.py" line="65"/>
        <source>My presence</source>
        <translation>Oma läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="66"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</source>
        <translation>Oma läsnäolotila: Ctrl+1 vapaa, Ctrl+2 varattu, Ctrl+3 jälkityö, Ctrl+4 poissa</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="68"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Kirjautuminen vain muistissa (ei avainnippua)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="70"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>Tällä tietokoneella ei ole avainnippupalvelua, joten kirjautumista ei tallenneta: uudelleenkäynnistyksen jälkeen kirjaudut uudelleen. Levylle ei kirjoiteta mitään selväkielisenä.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="78"/>
        <source>● Online</source>
        <translation>● Yhteydessä</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="79"/>
        <source>● Syncing…</source>
        <translation>● Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="80"/>
        <source>● Offline — working from saved data</source>
        <translation>● Ei yhteyttä – työskentelet tallennetuilla tiedoilla</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="81"/>
        <source>● Log in again to sync</source>
        <translation>● Kirjaudu uudelleen synkronoidaksesi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="90"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muutos odottaa lähetystä</numerusform>
            <numerusform>%n muutosta odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="91"/>
        <source>All changes sent</source>
        <translation>Kaikki muutokset lähetetty</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="106"/>
        <location filename="../ui/shell/status.py" line="107"/>
        <source>Time in this presence state</source>
        <translation>Aika tässä läsnäolotilassa</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="60"/>
        <source>Available</source>
        <translation>Vapaa</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="61"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="62"/>
        <source>After-contact work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="63"/>
        <source>Away</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="64"/>
        <source>Offline</source>
        <translation>Poissa linjoilta</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../ui/common/labels.py" line="29"/>
        <source>Help and services at home</source>
        <translation>Kotiin annettava apu ja palvelut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="30"/>
        <source>Food and nutrition</source>
        <translation>Ruoka ja ravitsemus</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="31"/>
        <source>Company, leisure and hobbies</source>
        <translation>Seura, vapaa-aika ja harrastukset</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="32"/>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="33"/>
        <source>Home safety and assistive devices</source>
        <translation>Kodin turvallisuus ja apuvälineet</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="34"/>
        <source>Other matter</source>
        <translation>Muu asia</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="40"/>
        <source>Older people</source>
        <translation>Ikääntyneet</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="41"/>
        <source>Children, young people and families</source>
        <translation>Lapset, nuoret ja perheet</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="42"/>
        <source>Working-age adults</source>
        <translation>Työikäiset</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="43"/>
        <source>Disability services</source>
        <translation>Vammaispalvelut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="50"/>
        <source>&amp;Resolved on first contact</source>
        <translation>&amp;Ratkesi ensimmäisellä yhteydenotolla</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="51"/>
        <source>Follow-&amp;up needed</source>
        <translation>&amp;Jatkotoimia tarvitaan</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="52"/>
        <source>&amp;Transferred to a municipality</source>
        <translation>&amp;Siirretty kuntaan</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="53"/>
        <source>Referred to a service-needs &amp;assessment</source>
        <translation>Ohjattu palvelutarpeen &amp;arviointiin</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="54"/>
        <source>Co&amp;nsultation requested</source>
        <translation>Konsultaatiota pyy&amp;detty</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/chat/wrapup.py" line="113"/>
        <location filename="../ui/chat/wrapup.py" line="114"/>
        <source>Wrap-up</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="115"/>
        <source>T&amp;opics (1–6)</source>
        <translation>A&amp;iheet (1–6)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="116"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="117"/>
        <source>Number keys 1–6 or Space tick a topic</source>
        <translation>Numeronäppäimet 1–6 tai välilyönti valitsevat aiheen</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="121"/>
        <source>Client &amp;group</source>
        <translation>Asiakasryh&amp;mä</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="122"/>
        <source>Client group</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="125"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="128"/>
        <source>Save wrap-up</source>
        <translation>Tallenna kirjaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="129"/>
        <source>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</source>
        <translation>Tallenna kirjaus ja valmistaudu seuraavaan yhteydenottoon (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="144"/>
        <source>After-contact work %1</source>
        <translation>Jälkikirjaus %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="159"/>
        <source>Choose at least one topic (1–6).</source>
        <translation>Valitse vähintään yksi aihe (1–6).</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="160"/>
        <source>Choose the outcome.</source>
        <translation>Valitse lopputulos.</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="161"/>
        <source>Shorten the note first.</source>
        <translation>Lyhennä ensin muistiinpanoa.</translation>
    </message>
</context>
</TS>
