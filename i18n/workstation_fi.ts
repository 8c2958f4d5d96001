<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AppointmentsDock</name>
    <message>
        <location filename="../ui/walkin/day.py" line="216"/>
        <source>Guidance point day</source>
        <translation>Neuvontapisteen päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="221"/>
        <source>&amp;Point</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="222"/>
        <source>&amp;Day</source>
        <translation>Päi&amp;vä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="223"/>
        <source>Guidance point</source>
        <translation>Neuvontapiste</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="224"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="225"/>
        <source>Appointments of the day</source>
        <translation>Päivän ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Visitor</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="228"/>
        <source>Check in (Enter)</source>
        <translation>Kirjaa saapuneeksi (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="229"/>
        <source>Book (Ctrl+B)</source>
        <translation>Varaa aika (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="230"/>
        <source>Visitor without appointment (Ctrl+R)</source>
        <translation>Asiakas ilman ajanvarausta (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="231"/>
        <source>Cancel booking (Del)</source>
        <translation>Peru varaus (Del)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="232"/>
        <source>No appointments on this day. Ctrl+B books one.</source>
        <translation>Tälle päivälle ei ole ajanvarauksia. Ctrl+B varaa ajan.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="88"/>
        <source>booked</source>
        <translation>varattu</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="89"/>
        <source>checked in</source>
        <translation>saapunut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="90"/>
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
        <location filename="../ui/canned/dialogs.py" line="198"/>
        <source>The team&apos;s canned replies</source>
        <translation>Tiimin valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="199"/>
        <source>Canned replies</source>
        <translation>Valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="203"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="204"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;ksti</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="205"/>
        <source>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</source>
        <translation>{name} korvautuu asiakkaan etunimellä, {counsellor} omallasi.</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="207"/>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="208"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="209"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="243"/>
        <source>Write a title and a text.</source>
        <translation>Kirjoita otsikko ja teksti.</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="94"/>
        <location filename="../ui/canned/dialogs.py" line="97"/>
        <source>Canned replies</source>
        <translation>Valmisvastaukset</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="95"/>
        <source>Type to search; Enter inserts, Esc closes</source>
        <translation>Kirjoita hakeaksesi; Enter lisää, Esc sulkee</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="96"/>
        <source>Search canned replies</source>
        <translation>Hae valmisvastauksia</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="98"/>
        <source>Canned reply text</source>
        <translation>Valmisvastauksen teksti</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="99"/>
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
        <location filename="../ui/chat/view.py" line="292"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="293"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="294"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Kirjoita vastaus. Enter lähettää, Shift+Enter lisää rivinvaihdon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="296"/>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="297"/>
        <source>Send the reply (Enter)</source>
        <translation>Lähetä vastaus (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="298"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="299"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>Päätä tämä yhteydenotto (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="300"/>
        <source>&amp;No answer</source>
        <translation>&amp;Ei vastannut</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="301"/>
        <source>Left a &amp;message</source>
        <translation>&amp;Jätin viestin</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="302"/>
        <source>&amp;Reached</source>
        <translation>T&amp;avoitettu</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="304"/>
        <source>Record this call-back attempt (Alt+underlined letter)</source>
        <translation>Kirjaa tämä soittoyritys (Alt+alleviivattu kirjain)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="314"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="318"/>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="321"/>
        <source>From: %1 · Subject: %2</source>
        <translation>Lähettäjä: %1 · Aihe: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="323"/>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="335"/>
        <source>A visitor at the guidance point.</source>
        <translation>Asiakas neuvontapisteellä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="336"/>
        <source>Visit details</source>
        <translation>Käynnin tiedot</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="338"/>
        <source>Caller: %1</source>
        <translation>Soittaja: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="339"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="341"/>
        <source>Matching clients:</source>
        <translation>Numeroa vastaavat asiakkaat:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="342"/>
        <source>No client or relative has this number.</source>
        <translation>Numerolla ei löytynyt asiakasta eikä läheistä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="347"/>
        <source>Requested time: %1</source>
        <translation>Toivottu aika: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="350"/>
        <source>Attempts:</source>
        <translation>Soittoyritykset:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="358"/>
        <source>Caller details</source>
        <translation>Soittajan tiedot</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="369"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="405"/>
        <source>%1: caller is %2</source>
        <translation>%1: soittaja on %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="407"/>
        <source>Confirm who is calling (Alt+%1): the tab is named after them</source>
        <translation>Vahvista, kuka soittaa (Alt+%1): välilehti nimetään hänen mukaansa</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="478"/>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Counsellor</source>
        <translation>Asiakasohjaaja</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Citizen</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="481"/>
        <source>not emailed yet: the mail server does not answer; trying again</source>
        <translation>ei vielä lähetetty: sähköpostipalvelin ei vastaa; yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="483"/>
        <source>waiting to be emailed</source>
        <translation>odottaa sähköpostilähetystä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="485"/>
        <source>NOT DELIVERED: the mail server refused it; reply another way</source>
        <translation>EI TOIMITETTU: sähköpostipalvelin hylkäsi viestin; vastaa muuta kautta</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="488"/>
        <source>emailed</source>
        <translation>lähetetty sähköpostina</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="516"/>
        <source>Attachments (Tab to one, Enter opens it): %1</source>
        <translation>Liitteet (sarkaimella liitteeseen, Enter avaa): %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="526"/>
        <source>This mail could not be read. The original is kept on the server (inbound mail %1).</source>
        <translation>Viestiä ei voitu lukea. Alkuperäinen on tallessa palvelimella (saapunut viesti %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="529"/>
        <source>Shortened here; the whole mail is kept on the server (inbound mail %1).</source>
        <translation>Lyhennetty tässä; koko viesti on tallessa palvelimella (saapunut viesti %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="532"/>
        <source>The mail has no text.</source>
        <translation>Viestissä ei ole tekstiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="559"/>
        <source>%1 is writing…</source>
        <translation>%1 kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="560"/>
        <source>The citizen</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="569"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="579"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>Vastaus on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="582"/>
        <source>Write something before sending.</source>
        <translation>Kirjoita jotain ennen lähettämistä.</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../ui/chat/feature.py" line="73"/>
        <source>&amp;End contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="74"/>
        <source>&amp;Hand over…</source>
        <translation>Siirrä &amp;kollegalle…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="75"/>
        <source>Close &amp;tab</source>
        <translation>&amp;Sulje välilehti</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="76"/>
        <source>Go to &amp;reply</source>
        <translation>Siirry &amp;vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="77"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Seuraava välilehti</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="110"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Ei avoimia yhteydenottoja.

F2 ottaa vastaan jonon seuraavan yhteydenoton, F6 siirtää jonoon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="84"/>
        <source>Work area</source>
        <translation>Työalue</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="78"/>
        <source>Go to the n&amp;ote</source>
        <translation>Siirry &amp;muistiinpanoon</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="79"/>
        <source>&amp;Save the note</source>
        <translation>&amp;Tallenna muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="81"/>
        <source>Confirm the caller: match %1</source>
        <translation>Vahvista soittaja: osuma %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="86"/>
        <location filename="../ui/chat/feature.py" line="290"/>
        <source>Start</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="87"/>
        <source>Open contacts</source>
        <translation>Avoimet yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="93"/>
        <source>You are logged in as an administrator.

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown here.</source>
        <translation>Olet kirjautunut pääkäyttäjänä.

Alueellinen jono, tavoitettavuus ja neuvontapisteen päivä kuuluvat asiakasohjaajille, neuvontapisteen ohjaajille ja esihenkilöille, joten niitä ei näytetä tässä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="97"/>
        <source>You are logged in as a professional (a nurse, for example).

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown. Consultation requests from counsellors are not part of this version yet.</source>
        <translation>Olet kirjautunut ammattilaisena (esimerkiksi sairaanhoitajana).

Alueellinen jono, tavoitettavuus ja neuvontapisteen päivä kuuluvat asiakasohjaajille, neuvontapisteen ohjaajille ja esihenkilöille, joten niitä ei näytetä. Asiakasohjaajien konsultaatiopyynnöt eivät vielä ole tässä versiossa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="103"/>
        <source>No open contacts.

The guidance point&apos;s day is on the left (Ctrl+D): Enter checks the selected visitor in, Ctrl+R registers a visitor without an appointment. F2 accepts the next contact from the queue.</source>
        <translation>Ei avoimia yhteydenottoja.

Neuvontapisteen päivä on vasemmalla (Ctrl+D): Enter kirjaa valitun kävijän saapuneeksi, Ctrl+R kirjaa kävijän ilman ajanvarausta. F2 ottaa vastaan jonon seuraavan yhteydenoton.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="108"/>
        <source>No open contacts.

Ctrl+T shows your team. Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Ei avoimia yhteydenottoja.

Ctrl+T näyttää tiimisi. F2 ottaa vastaan jonon seuraavan yhteydenoton, F6 siirtää jonoon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="265"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="301"/>
        <source>Save the wrap-up first (Ctrl+Enter).</source>
        <translation>Tallenna ensin kirjaus (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="305"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>Päätä ensin yhteydenotto (Ctrl+E); välilehti pysyy auki siihen asti.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="326"/>
        <location filename="../ui/chat/feature.py" line="464"/>
        <source>Open a contact to write a note on it.</source>
        <translation>Avaa yhteydenotto, jotta voit kirjoittaa siihen muistiinpanon.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="350"/>
        <source>End the contact?</source>
        <translation>Päätetäänkö yhteydenotto?</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="351"/>
        <source>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</source>
        <translation>Vastaustasi henkilölle %1 ei ole lähetetty. Päätetäänkö yhteydenotto silti? Lähettämätöntä vastausta ei lähetetä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="357"/>
        <source>&amp;End the contact</source>
        <translation>&amp;Päätä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="358"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Jatka kirjoittamista</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="384"/>
        <source>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Yhteydenotto päättyi. Kirjaa se: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="399"/>
        <source>Wrap-up saved. The next contact will be offered to you.</source>
        <translation>Kirjaus tallennettu. Seuraava yhteydenotto tarjotaan sinulle.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="405"/>
        <source>Open the contact you want to hand over.</source>
        <translation>Avaa yhteydenotto, jonka haluat siirtää.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="422"/>
        <source>Contact handed over.</source>
        <translation>Yhteydenotto siirretty.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="433"/>
        <source>Reached: the call goes on. End it with Ctrl+E.</source>
        <translation>Tavoitettu: puhelu jatkuu. Päätä se Ctrl+E:llä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="437"/>
        <source>Attempt recorded; the request returns to the queue for a later try.</source>
        <translation>Yritys kirjattu; pyyntö palaa jonoon myöhempää yritystä varten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="439"/>
        <source>Third attempt without reaching the citizen: the request is closed.</source>
        <translation>Kolmas yritys ilman tavoittamista: pyyntö suljettiin.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="467"/>
        <source>Note saved with the contact.</source>
        <translation>Muistiinpano tallennettu yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="477"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Muistiinpano on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="490"/>
        <source>No screen-pop match %1 to confirm here.</source>
        <translation>Tässä ei ole vahvistettavaa osumaa %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="502"/>
        <source>Caller confirmed: %1.</source>
        <translation>Soittaja vahvistettu: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="517"/>
        <source>Opening %1…</source>
        <translation>Avataan %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="521"/>
        <source>%1 could not be fetched from the server: %2</source>
        <translation>Tiedostoa %1 ei saatu palvelimelta: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="528"/>
        <source>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</source>
        <translation>Tiedostoa %1 ei avattu: tällainen tiedosto voi käynnistää ohjelman. Se on tallennettu kansioon %2; avaa se vain, jos luotat siihen.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="533"/>
        <source>Saved as %1; no program here opens it.</source>
        <translation>Tallennettu nimellä %1; tällä koneella ei ole ohjelmaa sen avaamiseen.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../ui/home/page.py" line="275"/>
        <source>My day</source>
        <translation>Päiväni</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="276"/>
        <source>My offer</source>
        <translation>Minulle tarjottu</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="277"/>
        <source>The queue at a glance</source>
        <translation>Jono yhdellä silmäyksellä</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="278"/>
        <location filename="../ui/home/page.py" line="289"/>
        <source>Today&apos;s appointments</source>
        <translation>Tämän päivän ajanvaraukset</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="279"/>
        <location filename="../ui/home/page.py" line="290"/>
        <source>My open contacts</source>
        <translation>Avoimet yhteydenottoni</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="280"/>
        <location filename="../ui/home/page.py" line="291"/>
        <source>Transfers to me or my team</source>
        <translation>Siirrot minulle tai tiimilleni</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="281"/>
        <source>My tasks</source>
        <translation>Tehtäväni</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="282"/>
        <source>Consultations</source>
        <translation>Konsultaatiot</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="283"/>
        <source>Accept (F2)</source>
        <translation>Ota vastaan (F2)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="284"/>
        <source>Decline (F3)</source>
        <translation>Hylkää (F3)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="285"/>
        <source>Open the day (Ctrl+D)</source>
        <translation>Avaa päivä (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Waiting</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="287"/>
        <source>Longest</source>
        <translation>Pisin odotus</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="292"/>
        <source>No tasks for you. (The workstation does not keep tasks yet: follow-ups are noted in the wrap-up.)</source>
        <translation>Ei tehtäviä sinulle. (Työpiste ei vielä pidä tehtäviä: jatkotoimet merkitään kirjaukseen.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="294"/>
        <source>No consultation requests. (Asking a colleague for a consultation is not in the workstation yet.)</source>
        <translation>Ei konsultaatiopyyntöjä. (Konsultaation pyytäminen kollegalta ei ole vielä työpisteessä.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="303"/>
        <source>My day — %1</source>
        <translation>Päiväni — %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="345"/>
        <source>No offer right now. When the queue offers you a contact it shows here and above the queue: F2 accepts it, F3 declines. With no offer, F2 takes the next contact in your languages.</source>
        <translation>Ei tarjousta juuri nyt. Kun jono tarjoaa sinulle yhteydenoton, se näkyy tässä ja jonon yläpuolella: F2 ottaa sen vastaan, F3 kieltäytyy. Ilman tarjousta F2 ottaa seuraavan yhteydenoton kielilläsi.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="349"/>
        <source>Offered to you: %1</source>
        <translation>Tarjotaan sinulle: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="352"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="369"/>
        <source>By language: %1</source>
        <translation>Kielittäin: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="371"/>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="389"/>
        <source>Nobody waiting</source>
        <translation>Ei ketään jonossa</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="400"/>
        <source>Longest wait %1, over the target</source>
        <translation>Pisin odotus %1, yli tavoitteen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="401"/>
        <source>Longest wait %1</source>
        <translation>Pisin odotus %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="410"/>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="412"/>
        <source>Your municipality has no guidance point: no appointments to show.</source>
        <translation>Kunnallasi ei ole ohjauspistettä: ei näytettäviä ajanvarauksia.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="415"/>
        <source>No appointments today.</source>
        <translation>Ei ajanvarauksia tänään.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="434"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="435"/>
        <source>wrap-up to save</source>
        <translation>kirjaus tallentamatta</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="436"/>
        <source>open</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="444"/>
        <source>No open contacts. F2 accepts the next one, F6 goes to the queue.</source>
        <translation>Ei avoimia yhteydenottoja. F2 ottaa seuraavan vastaan, F6 siirtyy jonoon.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="458"/>
        <source>No contacts handed over to you or your team.</source>
        <translation>Ei sinulle tai tiimillesi siirrettyjä yhteydenottoja.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../ui/chat/handover.py" line="53"/>
        <source>Hand over the contact</source>
        <translation>Siirrä yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="54"/>
        <source>&amp;To</source>
        <translation>&amp;Kenelle</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="55"/>
        <source>Colleague or team</source>
        <translation>Kollega tai tiimi</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="56"/>
        <source>&amp;Note</source>
        <translation>&amp;Saate</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="57"/>
        <source>Note for the colleague</source>
        <translation>Saate kollegalle</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="58"/>
        <source>What the colleague should know (Tab moves on)</source>
        <translation>Mitä kollegan pitää tietää (Tab siirtyy eteenpäin)</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="66"/>
        <source>Team: %1</source>
        <translation>Tiimi: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="77"/>
        <source>There is nobody to hand the contact to.</source>
        <translation>Yhteydenottoa ei ole kenellekään siirrettävissä.</translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <location filename="../ui/home/feature.py" line="59"/>
        <source>&amp;My day (start)</source>
        <translation>&amp;Päiväni (aloitus)</translation>
    </message>
    <message>
        <location filename="../ui/home/feature.py" line="60"/>
        <source>My day</source>
        <translation>Päiväni</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/labels.py" line="70"/>
        <source>counsellor</source>
        <translation>asiakasohjaaja</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="71"/>
        <source>walk-in adviser</source>
        <translation>neuvontapisteen ohjaaja</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="72"/>
        <source>professional</source>
        <translation>ammattilainen</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="73"/>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="74"/>
        <source>administrator</source>
        <translation>pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="81"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="82"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="97"/>
        <source>no answer</source>
        <translation>ei vastannut</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="98"/>
        <source>left a message</source>
        <translation>jätin viestin</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="99"/>
        <source>reached</source>
        <translation>tavoitettu</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="106"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Joku muu ehti ottaa yhteydenoton vastaan ensin.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="107"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>Chat on päättynyt; viestiä ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="108"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Vain yhteydenottoa hoitava ohjaaja voi tehdä sen.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="110"/>
        <source>The contact no longer exists.</source>
        <translation>Yhteydenottoa ei ole enää olemassa.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="111"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Yhteydenottoa tarjotaan parhaillaan kollegalle.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="113"/>
        <source>End the contact before the wrap-up.</source>
        <translation>Päätä yhteydenotto ennen kirjausta.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="114"/>
        <source>That colleague cannot take contacts now.</source>
        <translation>Kollega ei voi nyt ottaa yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="115"/>
        <source>That colleague is not available now; hand the contact to the team instead.</source>
        <translation>Kollega ei ole nyt vapaana; siirrä yhteydenotto tiimille.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="118"/>
        <source>That team no longer exists.</source>
        <translation>Tiimiä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="119"/>
        <source>That time is already booked at this point.</source>
        <translation>Aika on jo varattu tässä neuvontapisteessä.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="120"/>
        <source>That guidance point no longer exists.</source>
        <translation>Neuvontapistettä ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="121"/>
        <source>You are not allowed to do that to this record.</source>
        <translation>Sinulla ei ole oikeutta tehdä sitä tälle tiedolle.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="122"/>
        <source>That contact is in a language you do not serve.</source>
        <translation>Yhteydenotto on kielellä, jolla et palvele.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="124"/>
        <source>That contact is about a client group you do not serve.</source>
        <translation>Yhteydenotto koskee asiakasryhmää, jota et palvele.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="126"/>
        <source>That contact was handed over to another team.</source>
        <translation>Yhteydenotto on siirretty toiselle tiimille.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="127"/>
        <source>It is not yet time for that callback.</source>
        <translation>Takaisinsoiton aika ei ole vielä alkanut.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="128"/>
        <source>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</source>
        <translation>Vain neuvontapisteen oma henkilöstö, ajan varannut henkilö ja esihenkilöt voivat muuttaa sitä.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="131"/>
        <source>That person is no longer in the directory.</source>
        <translation>Henkilö ei ole enää hakemistossa.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="132"/>
        <source>Someone already checked this visitor in.</source>
        <translation>Joku on jo kirjannut tämän asiakkaan saapuneeksi.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="133"/>
        <source>The appointment was cancelled.</source>
        <translation>Ajanvaraus on peruttu.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="134"/>
        <source>The appointment no longer exists.</source>
        <translation>Ajanvarausta ei enää ole.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="135"/>
        <source>That person does not take contacts, so has no skills to set.</source>
        <translation>Henkilö ei ota vastaan yhteydenottoja, joten hänelle ei aseteta osaamista.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="140"/>
        <source>The server refused the entry as incomplete:</source>
        <translation>Palvelin hylkäsi keskeneräisen kirjauksen:</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="141"/>
        <source>The server refused a change:</source>
        <translation>Palvelin hylkäsi muutoksen:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login.py" line="120"/>
        <source>Login status</source>
        <translation>Kirjautumisen tila</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="121"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Kirjautuminen — Asiakasohjauksen työpöytä</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="122"/>
        <source>Client and service guidance</source>
        <translation>Asiakas- ja palveluohjaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="123"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Palvelimen osoite:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="124"/>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="127"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="128"/>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="129"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="130"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="131"/>
        <source>Log in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="132"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="133"/>
        <source>Demo user</source>
        <translation>Demokäyttäjä</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="135"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="137"/>
        <source>Demo: choose whom to log in as. Every demo user&apos;s password is &quot;demo&quot;.</source>
        <translation>Demo: valitse, kenenä kirjaudut. Jokaisen demokäyttäjän salasana on ”demo”.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="151"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Palvelimen osoitteen alussa on oltava http:// tai https://.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="155"/>
        <source>Enter your user name and password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="159"/>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="177"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>Palvelimeen ei saada yhteyttä, etkä ole aiemmin kirjautunut tällä tietokoneella, joten tallennettuja tietoja ei ole käytettävissä ilman yhteyttä.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="182"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Liian monta epäonnistunutta yritystä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="185"/>
        <source>The server refused the login:</source>
        <translation>Palvelin hylkäsi kirjautumisen:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="188"/>
        <source>Login failed:</source>
        <translation>Kirjautuminen epäonnistui:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="181"/>
        <source>Client guidance workstation — %1</source>
        <translation>Asiakasohjauksen työpöytä — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Yhteydenotto</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="185"/>
        <source>&amp;Presence</source>
        <translation>&amp;Läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="186"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="189"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="190"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Kirjaudu uudelleen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="193"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Suuri kontrasti</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="194"/>
        <source>&amp;Reset the window layout</source>
        <translation>&amp;Palauta ikkunan oletusasettelu</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Tallenna kirjaus ennen kuin poistut: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="294"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>Kirjautuminen on vanhentunut. Työsi on tallessa; kirjaudu uudelleen (Ctrl+L), niin muutokset lähetetään.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="304"/>
        <source>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</source>
        <translation>Tallenna kirjaus ennen uutta kirjautumista: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter. Se säilyy, kunnes kirjautuminen on uusittu.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Send the reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>New line in the reply</source>
        <translation>Rivinvaihto vastaukseen</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>Wrap-up: tick a topic</source>
        <translation>Kirjaus: valitse aihe</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Alt+letter</source>
        <translation>Alt+kirjain</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Wrap-up: choose the outcome</source>
        <translation>Kirjaus: valitse lopputulos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Wrap-up: save (with the note)</source>
        <translation>Kirjaus: tallenna (muistiinpanon kanssa)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="338"/>
        <source>Alt+1…5</source>
        <translation>Alt+1…5</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="339"/>
        <source>Call: confirm who is calling (a match of the screen pop)</source>
        <translation>Puhelu: vahvista, kuka soittaa (numeroa vastaava asiakas)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="340"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+alleviivattu kirjain</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="341"/>
        <source>Callback request: record the attempt (no answer, left a message, reached)</source>
        <translation>Soittopyyntö: kirjaa soittoyritys (ei vastannut, jätin viestin, tavoitettu)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="343"/>
        <source>Ctrl+B / Enter / Ctrl+R / Del</source>
        <translation>Ctrl+B / Enter / Ctrl+R / Del</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="344"/>
        <source>Guidance point day: book, check in, visitor without an appointment, cancel a booking</source>
        <translation>Neuvontapisteen päivä: varaa aika, kirjaa saapuneeksi, asiakas ilman ajanvarausta, peru varaus</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="346"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Vasen / Alt+Oikea</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="347"/>
        <source>Guidance point day: the day before / after</source>
        <translation>Neuvontapisteen päivä: edellinen / seuraava päivä</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../ui/chat/view.py" line="105"/>
        <source>Note (Ctrl+N)</source>
        <translation>Muistiinpano (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="106"/>
        <source>Note on the contact</source>
        <translation>Yhteydenoton muistiinpano</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>What was agreed, what happens next. Ctrl+S saves it with the contact.</source>
        <translation>Mitä sovittiin, mitä tapahtuu seuraavaksi. Ctrl+S tallentaa sen yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</source>
        <translation>Säilyy tällä koneella kirjoittaessasi; Ctrl+S, kirjaus ja siirto tallentavat sen yhteydenoton kanssa</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="166"/>
        <source>Saved with the contact.</source>
        <translation>Tallennettu yhteydenoton kanssa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="167"/>
        <source>Saved on this computer; being sent to the server.</source>
        <translation>Tallennettu tälle koneelle; lähetetään palvelimelle.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="168"/>
        <source>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</source>
        <translation>Ei vielä tallennettu yhteydenoton kanssa (säilyy tällä koneella): Ctrl+S tallentaa.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="170"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Muistiinpano on liian pitkä: enintään %1 merkkiä.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/queue/dock.py" line="70"/>
        <source>Accept (F2)</source>
        <translation>Ota vastaan (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="71"/>
        <source>Accept the offered contact (F2)</source>
        <translation>Ota tarjottu yhteydenotto vastaan (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="72"/>
        <source>Decline (F3)</source>
        <translation>Hylkää (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="73"/>
        <source>Decline: the contact goes to the next counsellor (F3)</source>
        <translation>Hylkää: yhteydenotto menee seuraavalle ohjaajalle (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="86"/>
        <source>Offered to you: %1</source>
        <translation>Tarjotaan sinulle: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="90"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="171"/>
        <source>Regional queue</source>
        <translation>Alueellinen jono</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="172"/>
        <source>Waiting contacts</source>
        <translation>Jonottavat yhteydenotot</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="173"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter tai F2 ottaa valitun yhteydenoton vastaan</translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <location filename="../ui/queue/feature.py" line="45"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Ota yhteydenotto vastaan</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="46"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Hylkää tarjous</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="47"/>
        <source>Go to &amp;queue</source>
        <translation>Siirry &amp;jonoon</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="48"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Ota vastaan valittu yhteydenotto tai seuraava yhteydenotto omilla kielilläsi</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="94"/>
        <source>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Tallenna ensin kirjaus: aiheet 1–6, lopputulos Alt+kirjain, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="101"/>
        <source>No contacts waiting in your languages.</source>
        <translation>Omilla kielilläsi ei ole jonottavia yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="112"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Yhteydenottoa tarjotaan parhaillaan kollegalle.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="116"/>
        <source>That contact is no longer waiting.</source>
        <translation>Yhteydenotto ei ole enää jonossa.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="133"/>
        <source>Offer declined; it goes to the next counsellor.</source>
        <translation>Tarjous hylätty; se menee seuraavalle ohjaajalle.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="28"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n yhteydenotto jonossa</numerusform>
            <numerusform>%n yhteydenottoa jonossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="30"/>
        <source>%n callback(s) later</source>
        <translation>
            <numerusform>%n takaisinsoitto myöhemmin</numerusform>
            <numerusform>%n takaisinsoittoa myöhemmin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="41"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (läheinen: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="58"/>
        <source>call %1–%2</source>
        <translation>soittoaika %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="60"/>
        <source>call by %1</source>
        <translation>soitto klo %1 mennessä</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="74"/>
        <source>by %1</source>
        <translation>klo %1 mennessä</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="69"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="70"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="71"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="72"/>
        <source>Waiting</source>
        <translation>Odotusaika</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="73"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="113"/>
        <source>Offered to you: %1</source>
        <translation>Tarjotaan sinulle: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132"/>
        <source>Client group: %1</source>
        <translation>Asiakasryhmä: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="135"/>
        <source>Handover note: %1</source>
        <translation>Siirron saate: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="172"/>
        <source>%1, past the promised time</source>
        <translation>%1, luvattu aika ylitetty</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="174"/>
        <source>%1, the promised time is near</source>
        <translation>%1, luvattu aika lähestyy</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="176"/>
        <source>%1, over twice the target %2</source>
        <translation>%1, yli kaksinkertainen tavoitteeseen %2 nähden</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="177"/>
        <source>%1, over the target %2</source>
        <translation>%1, yli tavoitteen %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="202"/>
        <source>(no subject)</source>
        <translation>(ei aihetta)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="204"/>
        <source>hidden number</source>
        <translation>salainen numero</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="189"/>
        <location filename="../ui/common/text.py" line="83"/>
        <source>from %1</source>
        <translation>klo %1 alkaen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="67"/>
        <location filename="../ui/shell/shortcuts.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Does</source>
        <translation>Toiminto</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>My team</source>
        <translation>Oma tiimi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>For</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <location filename="../ui/team/dialog.py" line="165"/>
        <source>Client groups</source>
        <translation>Asiakasryhmät</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>Team members</source>
        <translation>Tiimin jäsenet</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="158"/>
        <source>Arrow keys choose a person; Tab moves to their skills</source>
        <translation>Nuolinäppäimet valitsevat henkilön; sarkain siirtyy hänen osaamiseensa</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>&amp;Finnish</source>
        <translation>&amp;Suomi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>S&amp;wedish</source>
        <translation>&amp;Ruotsi</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="164"/>
        <source>Service languages (at least one)</source>
        <translation>Palvelukielet (vähintään yksi)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="166"/>
        <source>No group ticked: the person is offered contacts of every group.</source>
        <translation>Jos ryhmää ei ole valittu, henkilölle tarjotaan kaikkien ryhmien yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="170"/>
        <source>&amp;Save skills</source>
        <translation>&amp;Tallenna osaaminen</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="171"/>
        <source>Save skills (%1)</source>
        <translation>Tallenna osaaminen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="178"/>
        <source>Skills of %1</source>
        <translation>Osaaminen: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="179"/>
        <source>Skills</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="211"/>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="244"/>
        <source>longest %1</source>
        <translation>pisin %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="255"/>
        <source>Queue: %1</source>
        <translation>Jono: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="256"/>
        <source>Team: %1</source>
        <translation>Tiimi: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="294"/>
        <source>Unsaved skills</source>
        <translation>Tallentamattomat muutokset</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="295"/>
        <source>The skills of %1 have changes that are not saved.</source>
        <translation>Henkilön %1 osaamisessa on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="362"/>
        <source>Tick at least one service language: without one, the person is offered nothing.</source>
        <translation>Valitse vähintään yksi palvelukieli: ilman sitä henkilölle ei tarjota mitään.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="364"/>
        <source>These skills cannot be saved.</source>
        <translation>Tätä osaamista ei voi tallentaa.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../ui/team/feature.py" line="31"/>
        <source>Team picks from the q&amp;ueue (no offers)</source>
        <translation>Tiimi valitsee jonosta (ei t&amp;arjouksia)</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="32"/>
        <source>My t&amp;eam…</source>
        <translation>Oma t&amp;iimi…</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="56"/>
        <source>The team now picks contacts from the queue.</source>
        <translation>Tiimi valitsee nyt yhteydenotot jonosta.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="57"/>
        <source>The server now offers the team&apos;s contacts.</source>
        <translation>Palvelin tarjoaa nyt tiimin yhteydenotot.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="76"/>
        <source>Skills saved; the router offers contacts by them.</source>
        <translation>Osaaminen tallennettu; yhteydenotot tarjotaan sen mukaan.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/walkin/day.py" line="101"/>
        <source>Book an appointment – %1</source>
        <translation>Varaa aika – %1</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>A visitor without an appointment</source>
        <translation>Asiakas ilman ajanvarausta</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Time</source>
        <translation>&amp;Aika</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuutit</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>T&amp;opic</source>
        <translation>Ai&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="107"/>
        <source>N&amp;ote</source>
        <translation>&amp;Lisätieto</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="113"/>
        <source>The visitor&apos;s name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="114"/>
        <source>Optional</source>
        <translation>Vapaaehtoinen</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="118"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>Kirjoita asiakkaan nimi.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="126"/>
        <source>This is not a phone number that can be called; write it like 040 123 4567.</source>
        <translation>Tähän numeroon ei voi soittaa; kirjoita se muodossa 040 123 4567.</translation>
    </message>
</context>
<context>
    <name>WalkInFeature</name>
    <message>
        <location filename="../ui/walkin/feature.py" line="47"/>
        <source>Guidance point &amp;day</source>
        <translation>&amp;Neuvontapisteen päivä</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="90"/>
        <source>Appointment booked.</source>
        <translation>Aika varattu.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="106"/>
        <source>Only a booked appointment can be checked in.</source>
        <translation>Vain varatun ajan asiakkaan voi kirjata saapuneeksi.</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/shell/status.py" line="78"/>
        <source>My presence</source>
        <translation>Oma läsnäolotila</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="79"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away, Ctrl+5 offline (no contacts offered)</source>
        <translation>Tavoitettavuuteni: Ctrl+1 vapaa, Ctrl+2 varattu, Ctrl+3 jälkityö, Ctrl+4 poissa, Ctrl+5 poissa linjoilta (ei tarjota yhteydenottoja)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="82"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Kirjautuminen vain muistissa (ei avainnippua)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="84"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>Tällä tietokoneella ei ole avainnippupalvelua, joten kirjautumista ei tallenneta: uudelleenkäynnistyksen jälkeen kirjaudut uudelleen. Levylle ei kirjoiteta mitään selväkielisenä.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="93"/>
        <source>● Online</source>
        <translation>● Yhteydessä</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="94"/>
        <source>● Syncing…</source>
        <translation>● Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="95"/>
        <source>● Offline — working from saved data</source>
        <translation>● Ei yhteyttä – työskentelet tallennetuilla tiedoilla</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="96"/>
        <source>● Log in again to sync</source>
        <translation>● Kirjaudu uudelleen synkronoidaksesi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="105"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muutos odottaa lähetystä</numerusform>
            <numerusform>%n muutosta odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="106"/>
        <source>All changes sent</source>
        <translation>Kaikki muutokset lähetetty</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="114"/>
        <source>⚠ A change has failed %n time(s); the changes after it wait</source>
        <translation>
            <numerusform>⚠ Muutos on epäonnistunut %n kerran; sen jälkeiset muutokset odottavat</numerusform>
            <numerusform>⚠ Muutos on epäonnistunut %n kertaa; sen jälkeiset muutokset odottavat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="118"/>
        <source>Change: %1
Server: %2
It is tried again automatically; if this stays, tell the support.</source>
        <translation>Muutos: %1
Palvelin: %2
Sitä yritetään uudelleen automaattisesti; jos tämä ei poistu, kerro tuelle.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="141"/>
        <location filename="../ui/shell/status.py" line="142"/>
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
        <location filename="../ui/chat/wrapup.py" line="114"/>
        <location filename="../ui/chat/wrapup.py" line="115"/>
        <source>Wrap-up</source>
        <translation>Kirjaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="116"/>
        <source>T&amp;opics (1–6)</source>
        <translation>A&amp;iheet (1–6)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="117"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="118"/>
        <source>Number keys 1–6 or Space tick a topic</source>
        <translation>Numeronäppäimet 1–6 tai välilyönti valitsevat aiheen</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="122"/>
        <source>Client &amp;group</source>
        <translation>Asiakasryh&amp;mä</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="123"/>
        <source>Client group</source>
        <translation>Asiakasryhmä</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="126"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="129"/>
        <source>Save wrap-up</source>
        <translation>Tallenna kirjaus</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="130"/>
        <source>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</source>
        <translation>Tallenna kirjaus ja valmistaudu seuraavaan yhteydenottoon (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="145"/>
        <source>After-contact work %1</source>
        <translation>Jälkikirjaus %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="160"/>
        <source>Choose at least one topic (1–6).</source>
        <translation>Valitse vähintään yksi aihe (1–6).</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="161"/>
        <source>Choose the outcome.</source>
        <translation>Valitse lopputulos.</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="162"/>
        <source>Shorten the note first.</source>
        <translation>Lyhennä ensin muistiinpanoa.</translation>
    </message>
</context>
</TS>
