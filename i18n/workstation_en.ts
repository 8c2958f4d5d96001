<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentsDock</name>
    <message>
        <location filename="../ui/walkin/day.py" line="216"/>
        <source>Guidance point day</source>
        <translation>Guidance point day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="221"/>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="222"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="223"/>
        <source>Guidance point</source>
        <translation>Guidance point</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="224"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="225"/>
        <source>Appointments of the day</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="226"/>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="227"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="228"/>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="229"/>
        <source>Book (Ctrl+B)</source>
        <translation>Book (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="230"/>
        <source>Visitor without appointment (Ctrl+R)</source>
        <translation>Visitor without appointment (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="231"/>
        <source>Cancel booking (Del)</source>
        <translation>Cancel booking (Del)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="232"/>
        <source>No appointments on this day. Ctrl+B books one.</source>
        <translation>No appointments on this day. Ctrl+B books one.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="88"/>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="89"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="90"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>CannedFeature</name>
    <message>
        <location filename="../ui/canned/feature.py" line="21"/>
        <source>Insert &amp;canned reply…</source>
        <translation>Insert &amp;canned reply…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="22"/>
        <source>&amp;Manage canned replies…</source>
        <translation>&amp;Manage canned replies…</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="31"/>
        <source>Open a chat or an email to insert a canned reply.</source>
        <translation>Open a chat or an email to insert a canned reply.</translation>
    </message>
    <message>
        <location filename="../ui/canned/feature.py" line="48"/>
        <source>You are not in a team.</source>
        <translation>You are not in a team.</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="198"/>
        <source>The team&apos;s canned replies</source>
        <translation>The team&apos;s canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="199"/>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="202"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="203"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="204"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="205"/>
        <source>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</source>
        <translation>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="207"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="208"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="209"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="243"/>
        <source>Write a title and a text.</source>
        <translation>Write a title and a text.</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="94"/>
        <location filename="../ui/canned/dialogs.py" line="97"/>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="95"/>
        <source>Type to search; Enter inserts, Esc closes</source>
        <translation>Type to search; Enter inserts, Esc closes</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="96"/>
        <source>Search canned replies</source>
        <translation>Search canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="98"/>
        <source>Canned reply text</source>
        <translation>Canned reply text</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="99"/>
        <source>No canned replies in this language. A team member can add them under Contact → Manage canned replies.</source>
        <translation>No canned replies in this language. A team member can add them under Contact → Manage canned replies.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/common/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="20"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="21"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="22"/>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="23"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="292"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="293"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="294"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Write a reply. Enter sends, Shift+Enter adds a new line.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="296"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="297"/>
        <source>Send the reply (Enter)</source>
        <translation>Send the reply (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="298"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="299"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>End this contact (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="300"/>
        <source>&amp;No answer</source>
        <translation>&amp;No answer</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="301"/>
        <source>Left a &amp;message</source>
        <translation>Left a &amp;message</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="302"/>
        <source>&amp;Reached</source>
        <translation>&amp;Reached</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="304"/>
        <source>Record this call-back attempt (Alt+underlined letter)</source>
        <translation>Record this call-back attempt (Alt+underlined letter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="314"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="318"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="321"/>
        <source>From: %1 · Subject: %2</source>
        <translation>From: %1 · Subject: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="323"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="335"/>
        <source>A visitor at the guidance point.</source>
        <translation>A visitor at the guidance point.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="336"/>
        <source>Visit details</source>
        <translation>Visit details</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="338"/>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="339"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="341"/>
        <source>Matching clients:</source>
        <translation>Matching clients:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="342"/>
        <source>No client or relative has this number.</source>
        <translation>No client or relative has this number.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="347"/>
        <source>Requested time: %1</source>
        <translation>Requested time: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="350"/>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="358"/>
        <source>Caller details</source>
        <translation>Caller details</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="369"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="405"/>
        <source>%1: caller is %2</source>
        <translation>%1: caller is %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="407"/>
        <source>Confirm who is calling (Alt+%1): the tab is named after them</source>
        <translation>Confirm who is calling (Alt+%1): the tab is named after them</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="478"/>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="477"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="481"/>
        <source>not emailed yet: the mail server does not answer; trying again</source>
        <translation>not emailed yet: the mail server does not answer; trying again</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="483"/>
        <source>waiting to be emailed</source>
        <translation>waiting to be emailed</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="485"/>
        <source>NOT DELIVERED: the mail server refused it; reply another way</source>
        <translation>NOT DELIVERED: the mail server refused it; reply another way</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="488"/>
        <source>emailed</source>
        <translation>emailed</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="516"/>
        <source>Attachments (Tab to one, Enter opens it): %1</source>
        <translation>Attachments (Tab to one, Enter opens it): %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="526"/>
        <source>This mail could not be read. The original is kept on the server (inbound mail %1).</source>
        <translation>This mail could not be read. The original is kept on the server (inbound mail %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="529"/>
        <source>Shortened here; the whole mail is kept on the server (inbound mail %1).</source>
        <translation>Shortened here; the whole mail is kept on the server (inbound mail %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="532"/>
        <source>The mail has no text.</source>
        <translation>The mail has no text.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="559"/>
        <source>%1 is writing…</source>
        <translation>%1 is writing…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="560"/>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="569"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="579"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>The reply is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="582"/>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../ui/chat/feature.py" line="73"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="74"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="75"/>
        <source>Close &amp;tab</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="76"/>
        <source>Go to &amp;reply</source>
        <translation>Go to &amp;reply</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="77"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="110"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="84"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="78"/>
        <source>Go to the n&amp;ote</source>
        <translation>Go to the n&amp;ote</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="79"/>
        <source>&amp;Save the note</source>
        <translation>&amp;Save the note</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="81"/>
        <source>Confirm the caller: match %1</source>
        <translation>Confirm the caller: match %1</translation>
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
        <translation>Open contacts</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="93"/>
        <source>You are logged in as an administrator.

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown here.</source>
        <translation>You are logged in as an administrator.

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown here.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="97"/>
        <source>You are logged in as a professional (a nurse, for example).

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown. Consultation requests from counsellors are not part of this version yet.</source>
        <translation>You are logged in as a professional (a nurse, for example).

The regional queue, presence and the guidance point&apos;s day belong to counsellors, walk-in advisers and supervisors, so they are not shown. Consultation requests from counsellors are not part of this version yet.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="103"/>
        <source>No open contacts.

The guidance point&apos;s day is on the left (Ctrl+D): Enter checks the selected visitor in, Ctrl+R registers a visitor without an appointment. F2 accepts the next contact from the queue.</source>
        <translation>No open contacts.

The guidance point&apos;s day is on the left (Ctrl+D): Enter checks the selected visitor in, Ctrl+R registers a visitor without an appointment. F2 accepts the next contact from the queue.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="108"/>
        <source>No open contacts.

Ctrl+T shows your team. Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>No open contacts.

Ctrl+T shows your team. Press F2 to accept the next contact from the queue, F6 to go to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="265"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="301"/>
        <source>Save the wrap-up first (Ctrl+Enter).</source>
        <translation>Save the wrap-up first (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="305"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>End the contact first (Ctrl+E); the tab stays open until then.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="326"/>
        <location filename="../ui/chat/feature.py" line="464"/>
        <source>Open a contact to write a note on it.</source>
        <translation>Open a contact to write a note on it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="350"/>
        <source>End the contact?</source>
        <translation>End the contact?</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="351"/>
        <source>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</source>
        <translation>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="357"/>
        <source>&amp;End the contact</source>
        <translation>&amp;End the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="358"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Keep writing</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="384"/>
        <source>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="399"/>
        <source>Wrap-up saved. The next contact will be offered to you.</source>
        <translation>Wrap-up saved. The next contact will be offered to you.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="405"/>
        <source>Open the contact you want to hand over.</source>
        <translation>Open the contact you want to hand over.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="422"/>
        <source>Contact handed over.</source>
        <translation>Contact handed over.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="433"/>
        <source>Reached: the call goes on. End it with Ctrl+E.</source>
        <translation>Reached: the call goes on. End it with Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="437"/>
        <source>Attempt recorded; the request returns to the queue for a later try.</source>
        <translation>Attempt recorded; the request returns to the queue for a later try.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="439"/>
        <source>Third attempt without reaching the citizen: the request is closed.</source>
        <translation>Third attempt without reaching the citizen: the request is closed.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="467"/>
        <source>Note saved with the contact.</source>
        <translation>Note saved with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="477"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="490"/>
        <source>No screen-pop match %1 to confirm here.</source>
        <translation>No screen-pop match %1 to confirm here.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="502"/>
        <source>Caller confirmed: %1.</source>
        <translation>Caller confirmed: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="517"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="521"/>
        <source>%1 could not be fetched from the server: %2</source>
        <translation>%1 could not be fetched from the server: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="528"/>
        <source>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</source>
        <translation>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="533"/>
        <source>Saved as %1; no program here opens it.</source>
        <translation>Saved as %1; no program here opens it.</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../ui/home/page.py" line="275"/>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="276"/>
        <source>My offer</source>
        <translation>My offer</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="277"/>
        <source>The queue at a glance</source>
        <translation>The queue at a glance</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="278"/>
        <location filename="../ui/home/page.py" line="289"/>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="279"/>
        <location filename="../ui/home/page.py" line="290"/>
        <source>My open contacts</source>
        <translation>My open contacts</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="280"/>
        <location filename="../ui/home/page.py" line="291"/>
        <source>Transfers to me or my team</source>
        <translation>Transfers to me or my team</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="281"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="282"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="283"/>
        <source>Accept (F2)</source>
        <translation>Accept (F2)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="284"/>
        <source>Decline (F3)</source>
        <translation>Decline (F3)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="285"/>
        <source>Open the day (Ctrl+D)</source>
        <translation>Open the day (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="286"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="287"/>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="292"/>
        <source>No tasks for you. (The workstation does not keep tasks yet: follow-ups are noted in the wrap-up.)</source>
        <translation>No tasks for you. (The workstation does not keep tasks yet: follow-ups are noted in the wrap-up.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="294"/>
        <source>No consultation requests. (Asking a colleague for a consultation is not in the workstation yet.)</source>
        <translation>No consultation requests. (Asking a colleague for a consultation is not in the workstation yet.)</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="303"/>
        <source>My day — %1</source>
        <translation>My day — %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="345"/>
        <source>No offer right now. When the queue offers you a contact it shows here and above the queue: F2 accepts it, F3 declines. With no offer, F2 takes the next contact in your languages.</source>
        <translation>No offer right now. When the queue offers you a contact it shows here and above the queue: F2 accepts it, F3 declines. With no offer, F2 takes the next contact in your languages.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="349"/>
        <source>Offered to you: %1</source>
        <translation>Offered to you: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="352"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="369"/>
        <source>By language: %1</source>
        <translation>By language: %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="371"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="389"/>
        <source>Nobody waiting</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="400"/>
        <source>Longest wait %1, over the target</source>
        <translation>Longest wait %1, over the target</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="401"/>
        <source>Longest wait %1</source>
        <translation>Longest wait %1</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="410"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="412"/>
        <source>Your municipality has no guidance point: no appointments to show.</source>
        <translation>Your municipality has no guidance point: no appointments to show.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="415"/>
        <source>No appointments today.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="434"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="435"/>
        <source>wrap-up to save</source>
        <translation>wrap-up to save</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="436"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="444"/>
        <source>No open contacts. F2 accepts the next one, F6 goes to the queue.</source>
        <translation>No open contacts. F2 accepts the next one, F6 goes to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/home/page.py" line="458"/>
        <source>No contacts handed over to you or your team.</source>
        <translation>No contacts handed over to you or your team.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../ui/chat/handover.py" line="53"/>
        <source>Hand over the contact</source>
        <translation>Hand over the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="54"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="55"/>
        <source>Colleague or team</source>
        <translation>Colleague or team</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="56"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="57"/>
        <source>Note for the colleague</source>
        <translation>Note for the colleague</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="58"/>
        <source>What the colleague should know (Tab moves on)</source>
        <translation>What the colleague should know (Tab moves on)</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="66"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="77"/>
        <source>There is nobody to hand the contact to.</source>
        <translation>There is nobody to hand the contact to.</translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <location filename="../ui/home/feature.py" line="59"/>
        <source>&amp;My day (start)</source>
        <translation>&amp;My day (start)</translation>
    </message>
    <message>
        <location filename="../ui/home/feature.py" line="60"/>
        <source>My day</source>
        <translation>My day</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/labels.py" line="70"/>
        <source>counsellor</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="71"/>
        <source>walk-in adviser</source>
        <translation>walk-in adviser</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="72"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="73"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="74"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="81"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="82"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="97"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="98"/>
        <source>left a message</source>
        <translation>left a message</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="99"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="106"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Someone else accepted that contact first.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="107"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>The chat has ended; the message was not sent.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="108"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Only the counsellor handling the contact can do that.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="110"/>
        <source>The contact no longer exists.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="111"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>That contact is being offered to a colleague.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="113"/>
        <source>End the contact before the wrap-up.</source>
        <translation>End the contact before the wrap-up.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="114"/>
        <source>That colleague cannot take contacts now.</source>
        <translation>That colleague cannot take contacts now.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="115"/>
        <source>That colleague is not available now; hand the contact to the team instead.</source>
        <translation>That colleague is not available now; hand the contact to the team instead.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="118"/>
        <source>That team no longer exists.</source>
        <translation>That team no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="119"/>
        <source>That time is already booked at this point.</source>
        <translation>That time is already booked at this point.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="120"/>
        <source>That guidance point no longer exists.</source>
        <translation>That guidance point no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="121"/>
        <source>You are not allowed to do that to this record.</source>
        <translation>You are not allowed to do that to this record.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="122"/>
        <source>That contact is in a language you do not serve.</source>
        <translation>That contact is in a language you do not serve.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="124"/>
        <source>That contact is about a client group you do not serve.</source>
        <translation>That contact is about a client group you do not serve.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="126"/>
        <source>That contact was handed over to another team.</source>
        <translation>That contact was handed over to another team.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="127"/>
        <source>It is not yet time for that callback.</source>
        <translation>It is not yet time for that callback.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="128"/>
        <source>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</source>
        <translation>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="131"/>
        <source>That person is no longer in the directory.</source>
        <translation>That person is no longer in the directory.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="132"/>
        <source>Someone already checked this visitor in.</source>
        <translation>Someone already checked this visitor in.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="133"/>
        <source>The appointment was cancelled.</source>
        <translation>The appointment was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="134"/>
        <source>The appointment no longer exists.</source>
        <translation>The appointment no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="135"/>
        <source>That person does not take contacts, so has no skills to set.</source>
        <translation>That person does not take contacts, so has no skills to set.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="140"/>
        <source>The server refused the entry as incomplete:</source>
        <translation>The server refused the entry as incomplete:</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="141"/>
        <source>The server refused a change:</source>
        <translation>The server refused a change:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login.py" line="120"/>
        <source>Login status</source>
        <translation>Login status</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="121"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Log in — Client guidance workstation</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="122"/>
        <source>Client and service guidance</source>
        <translation>Client and service guidance</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="123"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="124"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="125"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="126"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="127"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="128"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="129"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="130"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="131"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="133"/>
        <source>Demo user</source>
        <translation>Demo user</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="135"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="137"/>
        <source>Demo: choose whom to log in as. Every demo user&apos;s password is &quot;demo&quot;.</source>
        <translation>Demo: choose whom to log in as. Every demo user&apos;s password is &quot;demo&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="151"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="155"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="159"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="177"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="180"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="182"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Too many failed attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="185"/>
        <source>The server refused the login:</source>
        <translation>The server refused the login:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="188"/>
        <source>Login failed:</source>
        <translation>Login failed:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="181"/>
        <source>Client guidance workstation — %1</source>
        <translation>Client guidance workstation — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="185"/>
        <source>&amp;Presence</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="186"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="189"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="190"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Log in again…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="193"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="194"/>
        <source>&amp;Reset the window layout</source>
        <translation>&amp;Reset the window layout</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="294"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="304"/>
        <source>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</source>
        <translation>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="333"/>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="334"/>
        <source>New line in the reply</source>
        <translation>New line in the reply</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="335"/>
        <source>Wrap-up: tick a topic</source>
        <translation>Wrap-up: tick a topic</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="336"/>
        <source>Wrap-up: choose the outcome</source>
        <translation>Wrap-up: choose the outcome</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="337"/>
        <source>Wrap-up: save (with the note)</source>
        <translation>Wrap-up: save (with the note)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="338"/>
        <source>Alt+1…5</source>
        <translation>Alt+1…5</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="339"/>
        <source>Call: confirm who is calling (a match of the screen pop)</source>
        <translation>Call: confirm who is calling (a match of the screen pop)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="340"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="341"/>
        <source>Callback request: record the attempt (no answer, left a message, reached)</source>
        <translation>Callback request: record the attempt (no answer, left a message, reached)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="343"/>
        <source>Ctrl+B / Enter / Ctrl+R / Del</source>
        <translation>Ctrl+B / Enter / Ctrl+R / Del</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="344"/>
        <source>Guidance point day: book, check in, visitor without an appointment, cancel a booking</source>
        <translation>Guidance point day: book, check in, visitor without an appointment, cancel a booking</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="346"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="347"/>
        <source>Guidance point day: the day before / after</source>
        <translation>Guidance point day: the day before / after</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../ui/chat/view.py" line="105"/>
        <source>Note (Ctrl+N)</source>
        <translation>Note (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="106"/>
        <source>Note on the contact</source>
        <translation>Note on the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>What was agreed, what happens next. Ctrl+S saves it with the contact.</source>
        <translation>What was agreed, what happens next. Ctrl+S saves it with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</source>
        <translation>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="166"/>
        <source>Saved with the contact.</source>
        <translation>Saved with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="167"/>
        <source>Saved on this computer; being sent to the server.</source>
        <translation>Saved on this computer; being sent to the server.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="168"/>
        <source>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</source>
        <translation>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="170"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/queue/dock.py" line="70"/>
        <source>Accept (F2)</source>
        <translation>Accept (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="71"/>
        <source>Accept the offered contact (F2)</source>
        <translation>Accept the offered contact (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="72"/>
        <source>Decline (F3)</source>
        <translation>Decline (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="73"/>
        <source>Decline: the contact goes to the next counsellor (F3)</source>
        <translation>Decline: the contact goes to the next counsellor (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="86"/>
        <source>Offered to you: %1</source>
        <translation>Offered to you: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="90"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="171"/>
        <source>Regional queue</source>
        <translation>Regional queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="172"/>
        <source>Waiting contacts</source>
        <translation>Waiting contacts</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="173"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter or F2 accepts the selected contact</translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <location filename="../ui/queue/feature.py" line="45"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Accept contact</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="46"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Decline offer</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="47"/>
        <source>Go to &amp;queue</source>
        <translation>Go to &amp;queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="48"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Accept the selected contact, or the next one in your languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="94"/>
        <source>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="101"/>
        <source>No contacts waiting in your languages.</source>
        <translation>No contacts waiting in your languages.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="112"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>That contact is being offered to a colleague.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="116"/>
        <source>That contact is no longer waiting.</source>
        <translation>That contact is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="133"/>
        <source>Offer declined; it goes to the next counsellor.</source>
        <translation>Offer declined; it goes to the next counsellor.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="28"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n contact waiting</numerusform>
            <numerusform>%n contacts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/text.py" line="30"/>
        <source>%n callback(s) later</source>
        <translation>
            <numerusform>%n callback later</numerusform>
            <numerusform>%n callbacks later</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="41"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (relative: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="58"/>
        <source>call %1–%2</source>
        <translation>call %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="60"/>
        <source>call by %1</source>
        <translation>call by %1</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="74"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="69"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="70"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="71"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="72"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="73"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="113"/>
        <source>Offered to you: %1</source>
        <translation>Offered to you: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="132"/>
        <source>Client group: %1</source>
        <translation>Client group: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="135"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="172"/>
        <source>%1, past the promised time</source>
        <translation>%1, past the promised time</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="174"/>
        <source>%1, the promised time is near</source>
        <translation>%1, the promised time is near</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="176"/>
        <source>%1, over twice the target %2</source>
        <translation>%1, over twice the target %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="177"/>
        <source>%1, over the target %2</source>
        <translation>%1, over the target %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="202"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="204"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="189"/>
        <location filename="../ui/common/text.py" line="83"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="67"/>
        <location filename="../ui/shell/shortcuts.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts.py" line="68"/>
        <source>Does</source>
        <translation>Does</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <location filename="../ui/team/dialog.py" line="165"/>
        <source>Client groups</source>
        <translation>Client groups</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="158"/>
        <source>Arrow keys choose a person; Tab moves to their skills</source>
        <translation>Arrow keys choose a person; Tab moves to their skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>&amp;Finnish</source>
        <translation>&amp;Finnish</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="159"/>
        <source>S&amp;wedish</source>
        <translation>S&amp;wedish</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="164"/>
        <source>Service languages (at least one)</source>
        <translation>Service languages (at least one)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="166"/>
        <source>No group ticked: the person is offered contacts of every group.</source>
        <translation>No group ticked: the person is offered contacts of every group.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="170"/>
        <source>&amp;Save skills</source>
        <translation>&amp;Save skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="171"/>
        <source>Save skills (%1)</source>
        <translation>Save skills (%1)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="178"/>
        <source>Skills of %1</source>
        <translation>Skills of %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="179"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="211"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="244"/>
        <source>longest %1</source>
        <translation>longest %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="255"/>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="256"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="294"/>
        <source>Unsaved skills</source>
        <translation>Unsaved skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="295"/>
        <source>The skills of %1 have changes that are not saved.</source>
        <translation>The skills of %1 have changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="362"/>
        <source>Tick at least one service language: without one, the person is offered nothing.</source>
        <translation>Tick at least one service language: without one, the person is offered nothing.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="364"/>
        <source>These skills cannot be saved.</source>
        <translation>These skills cannot be saved.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../ui/team/feature.py" line="31"/>
        <source>Team picks from the q&amp;ueue (no offers)</source>
        <translation>Team picks from the q&amp;ueue (no offers)</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="32"/>
        <source>My t&amp;eam…</source>
        <translation>My t&amp;eam…</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="56"/>
        <source>The team now picks contacts from the queue.</source>
        <translation>The team now picks contacts from the queue.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="57"/>
        <source>The server now offers the team&apos;s contacts.</source>
        <translation>The server now offers the team&apos;s contacts.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="76"/>
        <source>Skills saved; the router offers contacts by them.</source>
        <translation>Skills saved; the router offers contacts by them.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/walkin/day.py" line="101"/>
        <source>Book an appointment – %1</source>
        <translation>Book an appointment – %1</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>A visitor without an appointment</source>
        <translation>A visitor without an appointment</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="106"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="107"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="113"/>
        <source>The visitor&apos;s name</source>
        <translation>The visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="114"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="118"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>Write the visitor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="126"/>
        <source>This is not a phone number that can be called; write it like 040 123 4567.</source>
        <translation>This is not a phone number that can be called; write it like 040 123 4567.</translation>
    </message>
</context>
<context>
    <name>WalkInFeature</name>
    <message>
        <location filename="../ui/walkin/feature.py" line="47"/>
        <source>Guidance point &amp;day</source>
        <translation>Guidance point &amp;day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="90"/>
        <source>Appointment booked.</source>
        <translation>Appointment booked.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="106"/>
        <source>Only a booked appointment can be checked in.</source>
        <translation>Only a booked appointment can be checked in.</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/shell/status.py" line="78"/>
        <source>My presence</source>
        <translation>My presence</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="79"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away, Ctrl+5 offline (no contacts offered)</source>
        <translation>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away, Ctrl+5 offline (no contacts offered)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="82"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Login kept in memory only (no keyring)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="84"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="93"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="94"/>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="95"/>
        <source>● Offline — working from saved data</source>
        <translation>● Offline — working from saved data</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="96"/>
        <source>● Log in again to sync</source>
        <translation>● Log in again to sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="105"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="106"/>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="114"/>
        <source>⚠ A change has failed %n time(s); the changes after it wait</source>
        <translation>
            <numerusform>⚠ A change has failed %n time; the changes after it wait</numerusform>
            <numerusform>⚠ A change has failed %n times; the changes after it wait</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="118"/>
        <source>Change: %1
Server: %2
It is tried again automatically; if this stays, tell the support.</source>
        <translation>Change: %1
Server: %2
It is tried again automatically; if this stays, tell the support.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="141"/>
        <location filename="../ui/shell/status.py" line="142"/>
        <source>Time in this presence state</source>
        <translation>Time in this presence state</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="60"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="61"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="62"/>
        <source>After-contact work</source>
        <translation>After-contact work</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="63"/>
        <source>Away</source>
        <translation>Away</translation>
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
        <translation>Help and services at home</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="30"/>
        <source>Food and nutrition</source>
        <translation>Food and nutrition</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="31"/>
        <source>Company, leisure and hobbies</source>
        <translation>Company, leisure and hobbies</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="32"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="33"/>
        <source>Home safety and assistive devices</source>
        <translation>Home safety and assistive devices</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="34"/>
        <source>Other matter</source>
        <translation>Other matter</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="40"/>
        <source>Older people</source>
        <translation>Older people</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="41"/>
        <source>Children, young people and families</source>
        <translation>Children, young people and families</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="42"/>
        <source>Working-age adults</source>
        <translation>Working-age adults</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="43"/>
        <source>Disability services</source>
        <translation>Disability services</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="50"/>
        <source>&amp;Resolved on first contact</source>
        <translation>&amp;Resolved on first contact</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="51"/>
        <source>Follow-&amp;up needed</source>
        <translation>Follow-&amp;up needed</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="52"/>
        <source>&amp;Transferred to a municipality</source>
        <translation>&amp;Transferred to a municipality</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="53"/>
        <source>Referred to a service-needs &amp;assessment</source>
        <translation>Referred to a service-needs &amp;assessment</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="54"/>
        <source>Co&amp;nsultation requested</source>
        <translation>Co&amp;nsultation requested</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../ui/chat/wrapup.py" line="114"/>
        <location filename="../ui/chat/wrapup.py" line="115"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="116"/>
        <source>T&amp;opics (1–6)</source>
        <translation>T&amp;opics (1–6)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="117"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="118"/>
        <source>Number keys 1–6 or Space tick a topic</source>
        <translation>Number keys 1–6 or Space tick a topic</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="122"/>
        <source>Client &amp;group</source>
        <translation>Client &amp;group</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="123"/>
        <source>Client group</source>
        <translation>Client group</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="126"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="129"/>
        <source>Save wrap-up</source>
        <translation>Save wrap-up</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="130"/>
        <source>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</source>
        <translation>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="145"/>
        <source>After-contact work %1</source>
        <translation>After-contact work %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="160"/>
        <source>Choose at least one topic (1–6).</source>
        <translation>Choose at least one topic (1–6).</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="161"/>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="162"/>
        <source>Shorten the note first.</source>
        <translation>Shorten the note first.</translation>
    </message>
</context>
</TS>
