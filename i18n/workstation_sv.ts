<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AppointmentsDock</name>
    <message>
        <location filename="../ui/walkin/day.py" line="216"/>
        <source>Guidance point day</source>
        <translation>Rådgivningspunktens dag</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="221"/>
        <source>&amp;Point</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="222"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="223"/>
        <source>Guidance point</source>
        <translation>Rådgivningspunkt</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="224"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="225"/>
        <source>Appointments of the day</source>
        <translation>Dagens bokningar</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="228"/>
        <source>Check in (Enter)</source>
        <translation>Registrera ankomst (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="229"/>
        <source>Book (Ctrl+B)</source>
        <translation>Boka (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="230"/>
        <source>Visitor without appointment (Ctrl+R)</source>
        <translation>Besökare utan bokning (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="231"/>
        <source>Cancel booking (Del)</source>
        <translation>Avboka (Del)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="232"/>
        <source>No appointments on this day. Ctrl+B books one.</source>
        <translation>Inga bokningar denna dag. Ctrl+B bokar en tid.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="88"/>
        <source>booked</source>
        <translation>bokad</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="89"/>
        <source>checked in</source>
        <translation>anländ</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="90"/>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
</context>
<context>
    <name>CannedFeature</name>
    <message>
        <location filename="../ui/canned/feature.py" line="21"/>
        <source>Insert &amp;canned reply…</source>
        <translation>Infoga färdi&amp;gt svar…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="22"/>
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Hantera färdiga svar…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="31"/>
        <source>Open a chat or an email to insert a canned reply.</source>
        <translation>Öppna en chatt eller ett e-postmeddelande för att infoga ett färdigt svar.</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="48"/>
        <source>You are not in a team.</source>
        <translation>Du hör inte till något team.</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="198"/>
        <source>The team&apos;s canned replies</source>
        <translation>Teamets färdiga svar</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="199"/>
        <source>Canned replies</source>
        <translation>Färdiga svar</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="203"/>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="204"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="205"/>
        <source>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</source>
        <translation>{name} ersätts med personens förnamn, {counsellor} med ditt.</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="207"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="208"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="209"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="243"/>
        <source>Write a title and a text.</source>
        <translation>Skriv en rubrik och en text.</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="94"/>
        <location filename="../ui/canned/dialogs.py" line="97"/>
        <source>Canned replies</source>
        <translation>Färdiga svar</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="95"/>
        <source>Type to search; Enter inserts, Esc closes</source>
        <translation>Skriv för att söka; Enter infogar, Esc stänger</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="96"/>
        <source>Search canned replies</source>
        <translation>Sök färdiga svar</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="98"/>
        <source>Canned reply text</source>
        <translation>Det färdiga svarets text</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="99"/>
        <source>No canned replies in this language. A team member can add them under Contact → Manage canned replies.</source>
        <translation>Det finns inga färdiga svar på detta språk. En teammedlem kan lägga till dem under Kontakt → Hantera färdiga svar.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/common/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="20"/>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="21"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="22"/>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="23"/>
        <source>Walk-in</source>
        <translation>Besök</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="292"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="293"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="294"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Skriv ett svar. Enter skickar, Shift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="296"/>
        <source>&amp;Send</source>
        <translation>Sk&amp;icka</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="297"/>
        <source>Send the reply (Enter)</source>
        <translation>Skicka svaret (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="298"/>
        <source>&amp;End contact</source>
        <translation>Avs&amp;luta kontakt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="299"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>Avsluta den här kontakten (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="300"/>
        <source>&amp;No answer</source>
        <translation>&amp;Inget svar</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="301"/>
        <source>Left a &amp;message</source>
        <translation>Lämnade &amp;meddelande</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="302"/>
        <source>&amp;Reached</source>
        <translation>Nå&amp;dd</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="304"/>
        <source>Record this call-back attempt (Alt+underlined letter)</source>
        <translation>Registrera detta uppringningsförsök (Alt+understruken bokstav)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="314"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="318"/>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="321"/>
        <source>From: %1 · Subject: %2</source>
        <translation>Från: %1 · Ämne: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="323"/>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="335"/>
        <source>A visitor at the guidance point.</source>
        <translation>En besökare vid rådgivningspunkten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="336"/>
        <source>Visit details</source>
        <translation>Besökets uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="338"/>
        <source>Caller: %1</source>
        <translation>Uppringare: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="339"/>
        <source>hidden number</source>
        <translation>dolt nummer</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="341"/>
        <source>Matching clients:</source>
        <translation>Klienter med numret:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="342"/>
        <source>No client or relative has this number.</source>
        <translation>Ingen klient eller närstående har numret.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="347"/>
        <source>Requested time: %1</source>
        <translation>Önskad tid: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="350"/>
        <source>Attempts:</source>
        <translation>Försök:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="358"/>
        <source>Caller details</source>
        <translation>Uppgifter om uppringaren</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="369"/>
        <source>Handover note: %1</source>
        <translation>Anteckning vid överlämning: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="405"/>
        <source>%1: caller is %2</source>
        <translation>%1: den som ringer är %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="407"/>
        <source>Confirm who is calling (Alt+%1): the tab is named after them</source>
        <translation>Bekräfta vem som ringer (Alt+%1): fliken får personens namn</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="478"/>
        <source>sending…</source>
        <translation>skickas…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Counsellor</source>
        <translation>Klienthandledare</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Citizen</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="481"/>
        <source>not emailed yet: the mail server does not answer; trying again</source>
        <translation>inte skickat än: e-postservern svarar inte; försöker igen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="483"/>
        <source>waiting to be emailed</source>
        <translation>väntar på att skickas per e-post</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="485"/>
        <source>NOT DELIVERED: the mail server refused it; reply another way</source>
        <translation>INTE LEVERERAT: e-postservern avvisade det; svara på annat sätt</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="488"/>
        <source>emailed</source>
        <translation>skickat per e-post</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="516"/>
        <source>Attachments (Tab to one, Enter opens it): %1</source>
        <translation>Bilagor (Tabb till en, Enter öppnar den): %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="526"/>
        <source>This mail could not be read. The original is kept on the server (inbound mail %1).</source>
        <translation>Meddelandet kunde inte läsas. Originalet finns kvar på servern (inkommet meddelande %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="529"/>
        <source>Shortened here; the whole mail is kept on the server (inbound mail %1).</source>
        <translation>Förkortat här; hela meddelandet finns kvar på servern (inkommet meddelande %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="532"/>
        <source>The mail has no text.</source>
        <translation>Meddelandet har ingen text.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="559"/>
        <source>%1 is writing…</source>
        <translation>%1 skriver…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="560"/>
        <source>The citizen</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="569"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tecken</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="579"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>Svaret är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="582"/>
        <source>Write something before sending.</source>
        <translation>Skriv något innan du skickar.</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../ui/chat/feature.py" line="73"/>
        <source>&amp;End contact</source>
        <translation>Avs&amp;luta kontakt</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="74"/>
        <source>&amp;Hand over…</source>
        <translation>Ö&amp;verlämna…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="75"/>
        <source>Close &amp;tab</source>
        <translation>Stäng &amp;flik</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="76"/>
        <source>Go to &amp;reply</source>
        <translation>Gå till &amp;svaret</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="77"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Nästa flik</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="110"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Inga öppna kontakter.

Tryck på F2 för att ta emot nästa kontakt i kön, F6 för att gå till kön.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="84"/>
        <source>Work area</source>
        <translation>Arbetsområde</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="78"/>
        <source>Go to the n&amp;ote</source>
        <translation>Gå till &amp;anteckningen</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="79"/>
        <source>&amp;Save the note</source>
        <translation>Spa&amp;ra anteckningen</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="81"/>
        <source>Confirm the caller: match %1</source>
        <translation>Bekräfta den som ringer: träff %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="86"/>
        <location filename="../ui/chat/feature.py" line="290"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="87"/>
        <source>Open contacts</source>
        <translation>Öppna kontakter</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="93"/>
        <source>You are logged in as an administrator.

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown here.</source>
        <translation>Du är inloggad som administratör.

Den regionala kön, närvaron och rådgivningspunktens dag hör till klienthandledare, rådgivare och förmän, så de visas inte här.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="97"/>
        <source>You are logged in as a professional (a nurse, for example).

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown. Consultation requests from counsellors are not part of this version yet.</source>
        <translation>Du är inloggad som yrkesperson (till exempel sjukskötare).

Den regionala kön, närvaron och rådgivningspunktens dag hör till klienthandledare, rådgivare och förmän, så de visas inte. Konsultationsbegäran från klienthandledare ingår inte ännu i den här versionen.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="103"/>
        <source>No open contacts.

The guidance point&apos;s day is on the left (Ctrl+D): Enter checks the selected visitor in, Ctrl+R registers a visitor without an appointment. F2 accepts the next contact from the queue.</source>
        <translation>Inga öppna kontakter.

Rådgivningspunktens dag finns till vänster (Ctrl+D): Enter registrerar den valda besökarens ankomst, Ctrl+R registrerar en besökare utan tidsbokning. F2 tar emot nästa kontakt i kön.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="108"/>
        <source>No open contacts.

Ctrl+T shows your team. Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>Inga öppna kontakter.

Ctrl+T visar ditt team. Tryck på F2 för att ta emot nästa kontakt i kön, F6 för att gå till kön.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="265"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="301"/>
        <source>Save the wrap-up first (Ctrl+Enter).</source>
        <translation>Spara först avslutningen (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="305"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>Avsluta kontakten först (Ctrl+E); fliken hålls öppen tills dess.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="326"/>
        <location filename="../ui/chat/feature.py" line="464"/>
        <source>Open a contact to write a note on it.</source>
        <translation>Öppna en kontakt för att skriva en anteckning om den.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="350"/>
        <source>End the contact?</source>
        <translation>Avsluta kontakten?</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="351"/>
        <source>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</source>
        <translation>Ditt svar till %1 har inte skickats. Avsluta kontakten ändå? Det oskickade svaret skickas inte.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="357"/>
        <source>&amp;End the contact</source>
        <translation>Avs&amp;luta kontakten</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="358"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Fortsätt skriva</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="384"/>
        <source>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Kontakten avslutad. Gör avslutningen: ämnen 1–6, resultat Alt+bokstav, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="399"/>
        <source>Wrap-up saved. The next contact will be offered to you.</source>
        <translation>Avslutningen sparad. Nästa kontakt erbjuds dig.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="405"/>
        <source>Open the contact you want to hand over.</source>
        <translation>Öppna kontakten du vill överlämna.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="422"/>
        <source>Contact handed over.</source>
        <translation>Kontakten överlämnad.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="433"/>
        <source>Reached: the call goes on. End it with Ctrl+E.</source>
        <translation>Nådd: samtalet fortsätter. Avsluta det med Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="437"/>
        <source>Attempt recorded; the request returns to the queue for a later try.</source>
        <translation>Försöket registrerat; begäran återgår till kön för ett senare försök.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="439"/>
        <source>Third attempt without reaching the citizen: the request is closed.</source>
        <translation>Tredje försöket utan att nå personen: begäran är stängd.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="467"/>
        <source>Note saved with the contact.</source>
        <translation>Anteckningen sparad med kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="477"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Anteckningen är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="490"/>
        <source>No screen-pop match %1 to confirm here.</source>
        <translation>Här finns ingen träff %1 att bekräfta.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="502"/>
        <source>Caller confirmed: %1.</source>
        <translation>Den som ringer bekräftad: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="517"/>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="521"/>
        <source>%1 could not be fetched from the server: %2</source>
        <translation>%1 kunde inte hämtas från servern: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="528"/>
        <source>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</source>
        <translation>%1 öppnades inte: en fil av det här slaget kan starta ett program. Den är sparad i %2; öppna den bara om du litar på den.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="533"/>
        <source>Saved as %1; no program here opens it.</source>
        <translation>Sparad som %1; inget program här kan öppna den.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../ui/home/page.py" line="275"/>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="276"/>
        <source>My offer</source>
        <translation>Erbjudet till mig</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="277"/>
        <source>The queue at a glance</source>
        <translation>Kön i korthet</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="278"/>
        <location filename="../ui/home/page.py" line="289"/>
        <source>Today&apos;s appointments</source>
        <translation>Dagens bokningar</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="279"/>
        <location filename="../ui/home/page.py" line="290"/>
        <source>My open contacts</source>
        <translation>Mina öppna kontakter</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="280"/>
        <location filename="../ui/home/page.py" line="291"/>
        <source>Transfers to me or my team</source>
        <translation>Överlämnat till mig eller mitt team</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="281"/>
        <source>My tasks</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="282"/>
        <source>Consultations</source>
        <translation>Konsultationer</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="283"/>
        <source>Accept (F2)</source>
        <translation>Ta emot (F2)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="284"/>
        <source>Decline (F3)</source>
        <translation>Avböj (F3)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="285"/>
        <source>Open the day (Ctrl+D)</source>
        <translation>Öppna dagen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="287"/>
        <source>Longest</source>
        <translation>Längst väntat</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="292"/>
        <source>No tasks for you. (The workstation does not keep tasks yet: follow-ups are noted in the wrap-up.)</source>
        <translation>Inga uppgifter för dig. (Arbetsstationen håller ännu inga uppgifter: uppföljning antecknas i registreringen.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="294"/>
        <source>No consultation requests. (Asking a colleague for a consultation is not in the workstation yet.)</source>
        <translation>Inga konsultationsbegäranden. (Att be en kollega om konsultation finns ännu inte i arbetsstationen.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="303"/>
        <source>My day — %1</source>
        <translation>Min dag — %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="345"/>
        <source>No offer right now. When the queue offers you a contact it shows here and above the queue: F2 accepts it, F3 declines. With no offer, F2 takes the next contact in your languages.</source>
        <translation>Inget erbjudande just nu. När kön erbjuder dig en kontakt syns den här och ovanför kön: F2 tar emot den, F3 avböjer. Utan erbjudande tar F2 nästa kontakt på dina språk.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="349"/>
        <source>Offered to you: %1</source>
        <translation>Erbjuds dig: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="352"/>
        <source>Handover note: %1</source>
        <translation>Anteckning vid överlämning: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="369"/>
        <source>By language: %1</source>
        <translation>Per språk: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="371"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="389"/>
        <source>Nobody waiting</source>
        <translation>Ingen väntar</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="400"/>
        <source>Longest wait %1, over the target</source>
        <translation>Längsta väntan %1, över målet</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="401"/>
        <source>Longest wait %1</source>
        <translation>Längsta väntan %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="410"/>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="412"/>
        <source>Your municipality has no guidance point: no appointments to show.</source>
        <translation>Din kommun har ingen vägledningspunkt: inga bokningar att visa.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="415"/>
        <source>No appointments today.</source>
        <translation>Inga bokningar i dag.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="434"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="435"/>
        <source>wrap-up to save</source>
        <translation>registrering ej sparad</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="436"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="444"/>
        <source>No open contacts. F2 accepts the next one, F6 goes to the queue.</source>
        <translation>Inga öppna kontakter. F2 tar emot nästa, F6 går till kön.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="458"/>
        <source>No contacts handed over to you or your team.</source>
        <translation>Inga kontakter överlämnade till dig eller ditt team.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../ui/chat/handover.py" line="53"/>
        <source>Hand over the contact</source>
        <translation>Överlämna kontakten</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="54"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="55"/>
        <source>Colleague or team</source>
        <translation>Kollega eller team</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="56"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="57"/>
        <source>Note for the colleague</source>
        <translation>Anteckning till kollegan</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="58"/>
        <source>What the colleague should know (Tab moves on)</source>
        <translation>Vad kollegan behöver veta (Tab går vidare)</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="66"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="77"/>
        <source>There is nobody to hand the contact to.</source>
        <translation>Det finns ingen att överlämna kontakten till.</translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <location filename="../ui/home/feature.py" line="59"/>
        <source>&amp;My day (start)</source>
        <translation>&amp;Min dag (start)</translation>
    </message>
    <message>
        <location filename="../ui/home/feature.py" line="60"/>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/labels.py" line="70"/>
        <source>counsellor</source>
        <translation>klienthandledare</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="71"/>
        <source>walk-in adviser</source>
        <translation>rådgivare vid rådgivningspunkt</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="72"/>
        <source>professional</source>
        <translation>yrkesperson</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="73"/>
        <source>supervisor</source>
        <translation>förman</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="74"/>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="81"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="82"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="97"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="98"/>
        <source>left a message</source>
        <translation>lämnade meddelande</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="99"/>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="106"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Någon annan tog emot kontakten först.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="107"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>Chatten har avslutats; meddelandet skickades inte.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="108"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Endast handledaren som sköter kontakten kan göra det.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="110"/>
        <source>The contact no longer exists.</source>
        <translation>Kontakten finns inte längre.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="111"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Kontakten erbjuds just nu till en kollega.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="113"/>
        <source>End the contact before the wrap-up.</source>
        <translation>Avsluta kontakten före avslutningen.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="114"/>
        <source>That colleague cannot take contacts now.</source>
        <translation>Kollegan kan inte ta emot kontakter nu.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="115"/>
        <source>That colleague is not available now; hand the contact to the team instead.</source>
        <translation>Kollegan är inte ledig nu; överlämna kontakten till teamet i stället.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="118"/>
        <source>That team no longer exists.</source>
        <translation>Teamet finns inte längre.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="119"/>
        <source>That time is already booked at this point.</source>
        <translation>Tiden är redan bokad vid denna punkt.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="120"/>
        <source>That guidance point no longer exists.</source>
        <translation>Rådgivningspunkten finns inte längre.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="121"/>
        <source>You are not allowed to do that to this record.</source>
        <translation>Du har inte rätt att göra det med den här uppgiften.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="122"/>
        <source>That contact is in a language you do not serve.</source>
        <translation>Kontakten är på ett språk som du inte betjänar på.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="124"/>
        <source>That contact is about a client group you do not serve.</source>
        <translation>Kontakten gäller en klientgrupp som du inte betjänar.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="126"/>
        <source>That contact was handed over to another team.</source>
        <translation>Kontakten har överlämnats till ett annat team.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="127"/>
        <source>It is not yet time for that callback.</source>
        <translation>Det är ännu inte dags för den återuppringningen.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="128"/>
        <source>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</source>
        <translation>Endast rådgivningspunktens egen personal, den som bokade tiden och förmän kan ändra den.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="131"/>
        <source>That person is no longer in the directory.</source>
        <translation>Personen finns inte längre i katalogen.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="132"/>
        <source>Someone already checked this visitor in.</source>
        <translation>Någon har redan checkat in den här besökaren.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="133"/>
        <source>The appointment was cancelled.</source>
        <translation>Tidsbokningen har avbokats.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="134"/>
        <source>The appointment no longer exists.</source>
        <translation>Tidsbokningen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="135"/>
        <source>That person does not take contacts, so has no skills to set.</source>
        <translation>Personen tar inte emot kontakter och har därför ingen kompetens att ställa in.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="140"/>
        <source>The server refused the entry as incomplete:</source>
        <translation>Servern avvisade posten som ofullständig:</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="141"/>
        <source>The server refused a change:</source>
        <translation>Servern avvisade en ändring:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login.py" line="120"/>
        <source>Login status</source>
        <translation>Inloggningens status</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="121"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Logga in — Arbetsstation för klienthandledning</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="122"/>
        <source>Client and service guidance</source>
        <translation>Klient- och servicehandledning</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="123"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradress:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="124"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="127"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="128"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="129"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="130"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="131"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="132"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="133"/>
        <source>Demo user</source>
        <translation>Demoanvändare</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="135"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="137"/>
        <source>Demo: choose whom to log in as. Every demo user&apos;s password is &quot;demo&quot;.</source>
        <translation>Demo: välj vem du loggar in som. Alla demoanvändares lösenord är ”demo”.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="151"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Serveradressen måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="155"/>
        <source>Enter your user name and password.</source>
        <translation>Ange ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="159"/>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="177"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>Servern kan inte nås och du har inte loggat in på den här datorn tidigare, så det finns inga sparade uppgifter att arbeta med utan förbindelse.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="182"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>För många misslyckade försök. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="185"/>
        <source>The server refused the login:</source>
        <translation>Servern avvisade inloggningen:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="188"/>
        <source>Login failed:</source>
        <translation>Inloggningen misslyckades:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="181"/>
        <source>Client guidance workstation — %1</source>
        <translation>Arbetsstation för klienthandledning — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="185"/>
        <source>&amp;Presence</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="186"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="189"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="190"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Logga in igen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="193"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="194"/>
        <source>&amp;Reset the window layout</source>
        <translation>&amp;Återställ fönstrets layout</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Spara avslutningen innan du går iväg: ämnen 1–6, resultat Alt+bokstav, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="294"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>Inloggningen har gått ut. Ditt arbete finns kvar; logga in igen (Ctrl+L) så skickas ändringarna.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="304"/>
        <source>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</source>
        <translation>Spara avslutningen innan du loggar in igen: ämnen 1–6, resultat Alt+bokstav, Ctrl+Enter. Den sparas tills inloggningen har förnyats.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Send the reply</source>
        <translation>Skicka svaret</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>New line in the reply</source>
        <translation>Ny rad i svaret</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>Wrap-up: tick a topic</source>
        <translation>Avslutning: välj ett ämne</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Alt+letter</source>
        <translation>Alt+bokstav</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Wrap-up: choose the outcome</source>
        <translation>Avslutning: välj resultatet</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Wrap-up: save (with the note)</source>
        <translation>Avslutning: spara (med anteckningen)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="338"/>
        <source>Alt+1…5</source>
        <translation>Alt+1…5</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="339"/>
        <source>Call: confirm who is calling (a match of the screen pop)</source>
        <translation>Samtal: bekräfta vem som ringer (en klient med numret)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="340"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+understruken bokstav</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="341"/>
        <source>Callback request: record the attempt (no answer, left a message, reached)</source>
        <translation>Återuppringning: registrera försöket (inget svar, lämnade meddelande, nådd)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="343"/>
        <source>Ctrl+B / Enter / Ctrl+R / Del</source>
        <translation>Ctrl+B / Enter / Ctrl+R / Del</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="344"/>
        <source>Guidance point day: book, check in, visitor without an appointment, cancel a booking</source>
        <translation>Rådgivningspunktens dag: boka, checka in, besökare utan tidsbokning, avboka</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="346"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Vänster / Alt+Höger</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="347"/>
        <source>Guidance point day: the day before / after</source>
        <translation>Rådgivningspunktens dag: dagen före / efter</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../ui/chat/view.py" line="105"/>
        <source>Note (Ctrl+N)</source>
        <translation>Anteckning (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="106"/>
        <source>Note on the contact</source>
        <translation>Anteckning om kontakten</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>What was agreed, what happens next. Ctrl+S saves it with the contact.</source>
        <translation>Vad som avtalades, vad som händer härnäst. Ctrl+S sparar den med kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</source>
        <translation>Sparas på den här datorn medan du skriver; Ctrl+S, avslutningen och en överlämning sparar den med kontakten</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="166"/>
        <source>Saved with the contact.</source>
        <translation>Sparad med kontakten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="167"/>
        <source>Saved on this computer; being sent to the server.</source>
        <translation>Sparad på den här datorn; skickas till servern.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="168"/>
        <source>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</source>
        <translation>Inte sparad med kontakten ännu (finns kvar på den här datorn): Ctrl+S sparar den.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="170"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Anteckningen är för lång: högst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/queue/dock.py" line="70"/>
        <source>Accept (F2)</source>
        <translation>Ta emot (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="71"/>
        <source>Accept the offered contact (F2)</source>
        <translation>Ta emot den erbjudna kontakten (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="72"/>
        <source>Decline (F3)</source>
        <translation>Avböj (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="73"/>
        <source>Decline: the contact goes to the next counsellor (F3)</source>
        <translation>Avböj: kontakten går till nästa handledare (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="86"/>
        <source>Offered to you: %1</source>
        <translation>Erbjuds dig: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="90"/>
        <source>Handover note: %1</source>
        <translation>Anteckning vid överlämning: %1</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="171"/>
        <source>Regional queue</source>
        <translation>Regional kö</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="172"/>
        <source>Waiting contacts</source>
        <translation>Väntande kontakter</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="173"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter eller F2 tar emot den valda kontakten</translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <location filename="../ui/queue/feature.py" line="45"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Ta emot kontakt</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="46"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Avböj erbjudandet</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="47"/>
        <source>Go to &amp;queue</source>
        <translation>Gå till &amp;kön</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="48"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Ta emot den valda kontakten eller nästa kontakt på dina språk</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="94"/>
        <source>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Spara först avslutningen: ämnen 1–6, resultat Alt+bokstav, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="101"/>
        <source>No contacts waiting in your languages.</source>
        <translation>Inga kontakter väntar på dina språk.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="112"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>Kontakten erbjuds just nu till en kollega.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="116"/>
        <source>That contact is no longer waiting.</source>
        <translation>Kontakten väntar inte längre i kön.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="133"/>
        <source>Offer declined; it goes to the next counsellor.</source>
        <translation>Erbjudandet avböjt; det går till nästa handledare.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="28"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n kontakt väntar</numerusform>
            <numerusform>%n kontakter väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="30"/>
        <source>%n callback(s) later</source>
        <translation>
            <numerusform>%n återuppringning senare</numerusform>
            <numerusform>%n återuppringningar senare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="41"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (närstående: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="58"/>
        <source>call %1–%2</source>
        <translation>ring %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="60"/>
        <source>call by %1</source>
        <translation>ring senast %1</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="74"/>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="69"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="70"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="71"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="72"/>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="73"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="113"/>
        <source>Offered to you: %1</source>
        <translation>Erbjuds dig: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132"/>
        <source>Client group: %1</source>
        <translation>Klientgrupp: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="135"/>
        <source>Handover note: %1</source>
        <translation>Anteckning vid överlämning: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="172"/>
        <source>%1, past the promised time</source>
        <translation>%1, den utlovade tiden har passerats</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="174"/>
        <source>%1, the promised time is near</source>
        <translation>%1, den utlovade tiden närmar sig</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="176"/>
        <source>%1, over twice the target %2</source>
        <translation>%1, över dubbla målet %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="177"/>
        <source>%1, over the target %2</source>
        <translation>%1, över målet %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="202"/>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="204"/>
        <source>hidden number</source>
        <translation>dolt nummer</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="189"/>
        <location filename="../ui/common/text.py" line="83"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="67"/>
        <location filename="../ui/shell/shortcuts.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>My team</source>
        <translation>Mitt team</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Presence</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>For</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <location filename="../ui/team/dialog.py" line="165"/>
        <source>Client groups</source>
        <translation>Klientgrupper</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>Team members</source>
        <translation>Teamets medlemmar</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="158"/>
        <source>Arrow keys choose a person; Tab moves to their skills</source>
        <translation>Piltangenterna väljer en person; Tabb flyttar till personens kompetens</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>&amp;Finnish</source>
        <translation>&amp;Finska</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>S&amp;wedish</source>
        <translation>S&amp;venska</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="164"/>
        <source>Service languages (at least one)</source>
        <translation>Servicespråk (minst ett)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="166"/>
        <source>No group ticked: the person is offered contacts of every group.</source>
        <translation>Ingen grupp vald: personen erbjuds kontakter från alla grupper.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="170"/>
        <source>&amp;Save skills</source>
        <translation>Spa&amp;ra kompetensen</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="171"/>
        <source>Save skills (%1)</source>
        <translation>Spara kompetensen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="178"/>
        <source>Skills of %1</source>
        <translation>Kompetens: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="179"/>
        <source>Skills</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="211"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="244"/>
        <source>longest %1</source>
        <translation>längst %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="255"/>
        <source>Queue: %1</source>
        <translation>Kö: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="256"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="294"/>
        <source>Unsaved skills</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="295"/>
        <source>The skills of %1 have changes that are not saved.</source>
        <translation>Kompetensen för %1 har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="362"/>
        <source>Tick at least one service language: without one, the person is offered nothing.</source>
        <translation>Välj minst ett servicespråk: utan det erbjuds personen ingenting.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="364"/>
        <source>These skills cannot be saved.</source>
        <translation>Kompetensen kan inte sparas.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../ui/team/feature.py" line="31"/>
        <source>Team picks from the q&amp;ueue (no offers)</source>
        <translation>Teamet väljer ur kön (inga &amp;erbjudanden)</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="32"/>
        <source>My t&amp;eam…</source>
        <translation>Mitt &amp;team…</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="56"/>
        <source>The team now picks contacts from the queue.</source>
        <translation>Teamet väljer nu kontakterna ur kön.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="57"/>
        <source>The server now offers the team&apos;s contacts.</source>
        <translation>Servern erbjuder nu teamets kontakter.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="76"/>
        <source>Skills saved; the router offers contacts by them.</source>
        <translation>Kompetensen sparad; kontakterna erbjuds enligt den.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/walkin/day.py" line="101"/>
        <source>Book an appointment – %1</source>
        <translation>Boka en tid – %1</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>A visitor without an appointment</source>
        <translation>Besökare utan bokning</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Time</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuter</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>T&amp;opic</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="107"/>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="113"/>
        <source>The visitor&apos;s name</source>
        <translation>Besökarens namn</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="114"/>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="118"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>Skriv besökarens namn.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="126"/>
        <source>This is not a phone number that can be called; write it like 040 123 4567.</source>
        <translation>Det här är inget telefonnummer som går att ringa; skriv det som 040 123 4567.</translation>
    </message>
</context>
<context>
    <name>WalkInFeature</name>
    <message>
        <location filename="../ui/walkin/feature.py" line="47"/>
        <source>Guidance point &amp;day</source>
        <translation>&amp;Rådgivningspunktens dag</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="90"/>
        <source>Appointment booked.</source>
        <translation>Tiden bokad.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="106"/>
        <source>Only a booked appointment can be checked in.</source>
        <translation>Endast en bokad tid kan registreras som anländ.</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/shell/status.py" line="78"/>
        <source>My presence</source>
        <translation>Min närvaro</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="79"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away, Ctrl+5 offline (no contacts offered)</source>
        <translation>Min närvaro: Ctrl+1 ledig, Ctrl+2 upptagen, Ctrl+3 efterarbete, Ctrl+4 borta, Ctrl+5 ej inloggad (inga kontakter erbjuds)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="82"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Inloggningen finns bara i minnet (ingen nyckelring)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="84"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>Den här datorn har ingen nyckelringstjänst, så inloggningen sparas inte: efter en omstart loggar du in på nytt. Ingenting skrivs till disken i klartext.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="93"/>
        <source>● Online</source>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="94"/>
        <source>● Syncing…</source>
        <translation>● Synkroniserar…</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="95"/>
        <source>● Offline — working from saved data</source>
        <translation>● Ingen förbindelse – du arbetar med sparade uppgifter</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="96"/>
        <source>● Log in again to sync</source>
        <translation>● Logga in på nytt för att synkronisera</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="105"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="106"/>
        <source>All changes sent</source>
        <translation>Alla ändringar har skickats</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="114"/>
        <source>⚠ A change has failed %n time(s); the changes after it wait</source>
        <translation>
            <numerusform>⚠ En ändring har misslyckats %n gång; ändringarna efter den väntar</numerusform>
            <numerusform>⚠ En ändring har misslyckats %n gånger; ändringarna efter den väntar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="118"/>
        <source>Change: %1
Server: %2
It is tried again automatically; if this stays, tell the support.</source>
        <translation>Ändring: %1
Server: %2
Den försöks igen automatiskt; om det här består, kontakta supporten.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="141"/>
        <location filename="../ui/shell/status.py" line="142"/>
        <source>Time in this presence state</source>
        <translation>Tid i denna närvarostatus</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="60"/>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="61"/>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="62"/>
        <source>After-contact work</source>
        <translation>Efterarbete</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="63"/>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="64"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../ui/common/labels.py" line="29"/>
        <source>Help and services at home</source>
        <translation>Hjälp och tjänster i hemmet</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="30"/>
        <source>Food and nutrition</source>
        <translation>Mat och näring</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="31"/>
        <source>Company, leisure and hobbies</source>
        <translation>Sällskap, fritid och hobbyer</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="32"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="33"/>
        <source>Home safety and assistive devices</source>
        <translation>Säkerhet i hemmet och hjälpmedel</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="34"/>
        <source>Other matter</source>
        <translation>Annat ärende</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="40"/>
        <source>Older people</source>
        <translation>Äldre</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="41"/>
        <source>Children, young people and families</source>
        <translation>Barn, unga och familjer</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="42"/>
        <source>Working-age adults</source>
        <translation>Personer i arbetsför ålder</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="43"/>
        <source>Disability services</source>
        <translation>Funktionshinderservice</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="50"/>
        <source>&amp;Resolved on first contact</source>
        <translation>Löst vid &amp;första kontakten</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="51"/>
        <source>Follow-&amp;up needed</source>
        <translation>&amp;Uppföljning behövs</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="52"/>
        <source>&amp;Transferred to a municipality</source>
        <translation>Överför&amp;d till en kommun</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="53"/>
        <source>Referred to a service-needs &amp;assessment</source>
        <translation>Hänvisad till bedömning av s&amp;ervicebehov</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="54"/>
        <source>Co&amp;nsultation requested</source>
        <translation>Konsultation &amp;begärd</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/chat/wrapup.py" line="114"/>
        <location filename="../ui/chat/wrapup.py" line="115"/>
        <source>Wrap-up</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="116"/>
        <source>T&amp;opics (1–6)</source>
        <translation>Ä&amp;mnen (1–6)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="117"/>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="118"/>
        <source>Number keys 1–6 or Space tick a topic</source>
        <translation>Sifferknapparna 1–6 eller mellanslag väljer ett ämne</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="122"/>
        <source>Client &amp;group</source>
        <translation>Klient&amp;grupp</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="123"/>
        <source>Client group</source>
        <translation>Klientgrupp</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="126"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="129"/>
        <source>Save wrap-up</source>
        <translation>Spara avslutningen</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="130"/>
        <source>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</source>
        <translation>Spara avslutningen och bli redo för nästa kontakt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="145"/>
        <source>After-contact work %1</source>
        <translation>Efterarbete %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="160"/>
        <source>Choose at least one topic (1–6).</source>
        <translation>Välj minst ett ämne (1–6).</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="161"/>
        <source>Choose the outcome.</source>
        <translation>Välj resultatet.</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="162"/>
        <source>Shorten the note first.</source>
        <translation>Korta först av anteckningen.</translation>
    </message>
</context>
</TS>
