<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentsDock</name>
    <message>
        <location filename="../ui/walkin/day.py" line="205"/>
        <source>Guidance point day</source>
        <translation>Guidance point day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="206"/>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="207"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="208"/>
        <source>Guidance point</source>
        <translation>Guidance point</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="209"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="210"/>
        <source>Appointments of the day</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="211"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="211"/>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="212"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="212"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="213"/>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="214"/>
        <source>Book (Ctrl+B)</source>
        <translation>Book (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="215"/>
        <source>Visitor without appointment (Ctrl+R)</source>
        <translation>Visitor without appointment (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="216"/>
        <source>Cancel booking (Del)</source>
        <translation>Cancel booking (Del)</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="217"/>
        <source>No appointments on this day. Ctrl+B books one.</source>
        <translation>No appointments on this day. Ctrl+B books one.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="78"/>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="79"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="80"/>
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
        <location filename="../ui/canned/dialogs.py" line="175"/>
        <source>The team&apos;s canned replies</source>
        <translation>The team&apos;s canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="176"/>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="179"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="180"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="181"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="182"/>
        <source>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</source>
        <translation>{name} is replaced by the citizen&apos;s first name, {counsellor} by yours.</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="184"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="185"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="220"/>
        <source>Write a title and a text.</source>
        <translation>Write a title and a text.</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../ui/canned/dialogs.py" line="71"/>
        <location filename="../ui/canned/dialogs.py" line="74"/>
        <source>Canned replies</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="72"/>
        <source>Type to search; Enter inserts, Esc closes</source>
        <translation>Type to search; Enter inserts, Esc closes</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="73"/>
        <source>Search canned replies</source>
        <translation>Search canned replies</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="75"/>
        <source>Canned reply text</source>
        <translation>Canned reply text</translation>
    </message>
    <message>
        <location filename="../ui/canned/dialogs.py" line="76"/>
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
        <location filename="../ui/chat/view.py" line="288"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="289"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="290"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Write a reply. Enter sends, Shift+Enter adds a new line.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="292"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="293"/>
        <source>Send the reply (Enter)</source>
        <translation>Send the reply (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="294"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="295"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>End this contact (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="296"/>
        <source>&amp;No answer</source>
        <translation>&amp;No answer</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="297"/>
        <source>Left a &amp;message</source>
        <translation>Left a &amp;message</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="298"/>
        <source>&amp;Reached</source>
        <translation>&amp;Reached</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="300"/>
        <source>Record this call-back attempt (Alt+underlined letter)</source>
        <translation>Record this call-back attempt (Alt+underlined letter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="310"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="314"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="317"/>
        <source>From: %1 · Subject: %2</source>
        <translation>From: %1 · Subject: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="319"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="331"/>
        <source>A visitor at the guidance point.</source>
        <translation>A visitor at the guidance point.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="332"/>
        <source>Visit details</source>
        <translation>Visit details</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="334"/>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="335"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="337"/>
        <source>Matching clients:</source>
        <translation>Matching clients:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="338"/>
        <source>No client or relative has this number.</source>
        <translation>No client or relative has this number.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="343"/>
        <source>Requested time: %1</source>
        <translation>Requested time: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="346"/>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="354"/>
        <source>Caller details</source>
        <translation>Caller details</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="365"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="401"/>
        <source>%1: caller is %2</source>
        <translation>%1: caller is %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="403"/>
        <source>Confirm who is calling (Alt+%1): the tab is named after them</source>
        <translation>Confirm who is calling (Alt+%1): the tab is named after them</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="471"/>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="470"/>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="470"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="474"/>
        <source>not emailed yet: the mail server does not answer; trying again</source>
        <translation>not emailed yet: the mail server does not answer; trying again</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="476"/>
        <source>waiting to be emailed</source>
        <translation>waiting to be emailed</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="478"/>
        <source>NOT DELIVERED: the mail server refused it; reply another way</source>
        <translation>NOT DELIVERED: the mail server refused it; reply another way</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="481"/>
        <source>emailed</source>
        <translation>emailed</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="508"/>
        <source>Attachments (Tab to one, Enter opens it): %1</source>
        <translation>Attachments (Tab to one, Enter opens it): %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="518"/>
        <source>This mail could not be read. The original is kept on the server (inbound mail %1).</source>
        <translation>This mail could not be read. The original is kept on the server (inbound mail %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="521"/>
        <source>Shortened here; the whole mail is kept on the server (inbound mail %1).</source>
        <translation>Shortened here; the whole mail is kept on the server (inbound mail %1).</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="524"/>
        <source>The mail has no text.</source>
        <translation>The mail has no text.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="545"/>
        <source>%1 is writing…</source>
        <translation>%1 is writing…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="546"/>
        <source>The citizen</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="555"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="565"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>The reply is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="568"/>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
</context>
<context>
    <name>ContactsFeature</name>
    <message>
        <location filename="../ui/chat/feature.py" line="66"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="67"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="68"/>
        <source>Close &amp;tab</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="69"/>
        <source>Go to &amp;reply</source>
        <translation>Go to &amp;reply</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="70"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="71"/>
        <source>Go to the n&amp;ote</source>
        <translation>Go to the n&amp;ote</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="72"/>
        <source>&amp;Save the note</source>
        <translation>&amp;Save the note</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="74"/>
        <source>Confirm the caller: match %1</source>
        <translation>Confirm the caller: match %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="76"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="78"/>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="79"/>
        <location filename="../ui/chat/feature.py" line="251"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="80"/>
        <source>Open contacts</source>
        <translation>Open contacts</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="235"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="262"/>
        <source>Save the wrap-up first (Ctrl+Enter).</source>
        <translation>Save the wrap-up first (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="266"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>End the contact first (Ctrl+E); the tab stays open until then.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="287"/>
        <location filename="../ui/chat/feature.py" line="425"/>
        <source>Open a contact to write a note on it.</source>
        <translation>Open a contact to write a note on it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="311"/>
        <source>End the contact?</source>
        <translation>End the contact?</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="312"/>
        <source>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</source>
        <translation>Your reply to %1 has not been sent. End the contact anyway? The unsent reply is not sent.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="318"/>
        <source>&amp;End the contact</source>
        <translation>&amp;End the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="319"/>
        <source>&amp;Keep writing</source>
        <translation>&amp;Keep writing</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="345"/>
        <source>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Contact ended. Record the wrap-up: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="360"/>
        <source>Wrap-up saved. The next contact will be offered to you.</source>
        <translation>Wrap-up saved. The next contact will be offered to you.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="366"/>
        <source>Open the contact you want to hand over.</source>
        <translation>Open the contact you want to hand over.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="383"/>
        <source>Contact handed over.</source>
        <translation>Contact handed over.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="394"/>
        <source>Reached: the call goes on. End it with Ctrl+E.</source>
        <translation>Reached: the call goes on. End it with Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="398"/>
        <source>Attempt recorded; the request returns to the queue for a later try.</source>
        <translation>Attempt recorded; the request returns to the queue for a later try.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="400"/>
        <source>Third attempt without reaching the citizen: the request is closed.</source>
        <translation>Third attempt without reaching the citizen: the request is closed.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="428"/>
        <source>Note saved with the contact.</source>
        <translation>Note saved with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="438"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="451"/>
        <source>No screen-pop match %1 to confirm here.</source>
        <translation>No screen-pop match %1 to confirm here.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="463"/>
        <source>Caller confirmed: %1.</source>
        <translation>Caller confirmed: %1.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="478"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="482"/>
        <source>%1 could not be fetched from the server: %2</source>
        <translation>%1 could not be fetched from the server: %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="489"/>
        <source>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</source>
        <translation>%1 was not opened: a file of this kind can run a program. It is saved in %2; open it only if you trust it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/feature.py" line="494"/>
        <source>Saved as %1; no program here opens it.</source>
        <translation>Saved as %1; no program here opens it.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../ui/chat/handover.py" line="52"/>
        <source>Hand over the contact</source>
        <translation>Hand over the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="53"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="54"/>
        <source>Colleague or team</source>
        <translation>Colleague or team</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="55"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="56"/>
        <source>Note for the colleague</source>
        <translation>Note for the colleague</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="57"/>
        <source>What the colleague should know (Tab moves on)</source>
        <translation>What the colleague should know (Tab moves on)</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="65"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/handover.py" line="76"/>
        <source>There is nobody to hand the contact to.</source>
        <translation>There is nobody to hand the contact to.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/labels.py" line="71"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="72"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="87"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="88"/>
        <source>left a message</source>
        <translation>left a message</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="89"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="96"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Someone else accepted that contact first.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="97"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>The chat has ended; the message was not sent.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="98"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Only the counsellor handling the contact can do that.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="100"/>
        <source>The contact no longer exists.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="101"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>That contact is being offered to a colleague.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="103"/>
        <source>End the contact before the wrap-up.</source>
        <translation>End the contact before the wrap-up.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="104"/>
        <source>That colleague cannot take contacts now.</source>
        <translation>That colleague cannot take contacts now.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="105"/>
        <source>That colleague is not available now; hand the contact to the team instead.</source>
        <translation>That colleague is not available now; hand the contact to the team instead.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="108"/>
        <source>That team no longer exists.</source>
        <translation>That team no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="109"/>
        <source>That time is already booked at this point.</source>
        <translation>That time is already booked at this point.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="110"/>
        <source>That guidance point no longer exists.</source>
        <translation>That guidance point no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="111"/>
        <source>You are not allowed to do that to this record.</source>
        <translation>You are not allowed to do that to this record.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="112"/>
        <source>That contact is in a language you do not serve.</source>
        <translation>That contact is in a language you do not serve.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="114"/>
        <source>That contact is about a client group you do not serve.</source>
        <translation>That contact is about a client group you do not serve.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="116"/>
        <source>That contact was handed over to another team.</source>
        <translation>That contact was handed over to another team.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="117"/>
        <source>It is not yet time for that callback.</source>
        <translation>It is not yet time for that callback.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="118"/>
        <source>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</source>
        <translation>Only the guidance point&apos;s own staff, the person who booked the appointment and supervisors can change it.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="121"/>
        <source>That person is no longer in the directory.</source>
        <translation>That person is no longer in the directory.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="122"/>
        <source>Someone already checked this visitor in.</source>
        <translation>Someone already checked this visitor in.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="123"/>
        <source>The appointment was cancelled.</source>
        <translation>The appointment was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="124"/>
        <source>The appointment no longer exists.</source>
        <translation>The appointment no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="125"/>
        <source>That person does not take contacts, so has no skills to set.</source>
        <translation>That person does not take contacts, so has no skills to set.</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="130"/>
        <source>The server refused the entry as incomplete:</source>
        <translation>The server refused the entry as incomplete:</translation>
    </message>
    <message>
        <location filename="../ui/common/labels.py" line="131"/>
        <source>The server refused a change:</source>
        <translation>The server refused a change:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/login.py" line="88"/>
        <source>Login status</source>
        <translation>Login status</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="89"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Log in — Client guidance workstation</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="90"/>
        <source>Client and service guidance</source>
        <translation>Client and service guidance</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="91"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="92"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="95"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="96"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="97"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="98"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="99"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="100"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="112"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="116"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="120"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="136"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="139"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="141"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Too many failed attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="144"/>
        <source>The server refused the login:</source>
        <translation>The server refused the login:</translation>
    </message>
    <message>
        <location filename="../ui/shell/login.py" line="147"/>
        <source>Login failed:</source>
        <translation>Login failed:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="153"/>
        <source>Client guidance workstation — %1</source>
        <translation>Client guidance workstation — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="156"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="157"/>
        <source>&amp;Presence</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="161"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="162"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Log in again…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="209"/>
        <source>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Save the wrap-up before you go away: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="228"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="238"/>
        <source>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</source>
        <translation>Save the wrap-up before logging in again: 1–6 topics, Alt+letter outcome, Ctrl+Enter. It is kept until the login is renewed.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="267"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="267"/>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="268"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="268"/>
        <source>New line in the reply</source>
        <translation>New line in the reply</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="269"/>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="269"/>
        <source>Wrap-up: tick a topic</source>
        <translation>Wrap-up: tick a topic</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="270"/>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="270"/>
        <source>Wrap-up: choose the outcome</source>
        <translation>Wrap-up: choose the outcome</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="271"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="271"/>
        <source>Wrap-up: save (with the note)</source>
        <translation>Wrap-up: save (with the note)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="272"/>
        <source>Alt+1…5</source>
        <translation>Alt+1…5</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="273"/>
        <source>Call: confirm who is calling (a match of the screen pop)</source>
        <translation>Call: confirm who is calling (a match of the screen pop)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="274"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="275"/>
        <source>Callback request: record the attempt (no answer, left a message, reached)</source>
        <translation>Callback request: record the attempt (no answer, left a message, reached)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="277"/>
        <source>Ctrl+B / Enter / Ctrl+R / Del</source>
        <translation>Ctrl+B / Enter / Ctrl+R / Del</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="278"/>
        <source>Guidance point day: book, check in, visitor without an appointment, cancel a booking</source>
        <translation>Guidance point day: book, check in, visitor without an appointment, cancel a booking</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="280"/>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Left / Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="281"/>
        <source>Guidance point day: the day before / after</source>
        <translation>Guidance point day: the day before / after</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="282"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../ui/chat/view.py" line="103"/>
        <source>Note (Ctrl+N)</source>
        <translation>Note (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="104"/>
        <source>Note on the contact</source>
        <translation>Note on the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="105"/>
        <source>What was agreed, what happens next. Ctrl+S saves it with the contact.</source>
        <translation>What was agreed, what happens next. Ctrl+S saves it with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</source>
        <translation>Kept on this computer as you type; Ctrl+S, the wrap-up and a handover save it with the contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="164"/>
        <source>Saved with the contact.</source>
        <translation>Saved with the contact.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="165"/>
        <source>Saved on this computer; being sent to the server.</source>
        <translation>Saved on this computer; being sent to the server.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="166"/>
        <source>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</source>
        <translation>Not saved with the contact yet (kept on this computer): Ctrl+S saves it.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="168"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../ui/queue/dock.py" line="67"/>
        <source>Accept (F2)</source>
        <translation>Accept (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="68"/>
        <source>Accept the offered contact (F2)</source>
        <translation>Accept the offered contact (F2)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="69"/>
        <source>Decline (F3)</source>
        <translation>Decline (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="70"/>
        <source>Decline: the contact goes to the next counsellor (F3)</source>
        <translation>Decline: the contact goes to the next counsellor (F3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="83"/>
        <source>Offered to you: %1</source>
        <translation>Offered to you: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="87"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="160"/>
        <source>Regional queue</source>
        <translation>Regional queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="161"/>
        <source>Waiting contacts</source>
        <translation>Waiting contacts</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="162"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter or F2 accepts the selected contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/dock.py" line="189"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n contact waiting</numerusform>
            <numerusform>%n contacts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <location filename="../ui/queue/feature.py" line="40"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Accept contact</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="41"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Decline offer</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="42"/>
        <source>Go to &amp;queue</source>
        <translation>Go to &amp;queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="43"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Accept the selected contact, or the next one in your languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="89"/>
        <source>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</source>
        <translation>Save the wrap-up first: 1–6 topics, Alt+letter outcome, Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="96"/>
        <source>No contacts waiting in your languages.</source>
        <translation>No contacts waiting in your languages.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="107"/>
        <source>That contact is being offered to a colleague.</source>
        <translation>That contact is being offered to a colleague.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="111"/>
        <source>That contact is no longer waiting.</source>
        <translation>That contact is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../ui/queue/feature.py" line="128"/>
        <source>Offer declined; it goes to the next counsellor.</source>
        <translation>Offer declined; it goes to the next counsellor.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/common/text.py" line="35"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (relative: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="51"/>
        <source>call %1–%2</source>
        <translation>call %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/common/text.py" line="53"/>
        <source>call by %1</source>
        <translation>call by %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="63"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="64"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="65"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="66"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="67"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="96"/>
        <source>Offered to you: %1</source>
        <translation>Offered to you: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="112"/>
        <source>Client group: %1</source>
        <translation>Client group: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="115"/>
        <source>Handover note: %1</source>
        <translation>Handover note: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="155"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="157"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../ui/team/dialog.py" line="151"/>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="153"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="154"/>
        <location filename="../ui/team/dialog.py" line="163"/>
        <source>Client groups</source>
        <translation>Client groups</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="154"/>
        <source>Home municipality</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="155"/>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="156"/>
        <source>Arrow keys choose a person; Tab moves to their skills</source>
        <translation>Arrow keys choose a person; Tab moves to their skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>&amp;Finnish</source>
        <translation>&amp;Finnish</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="157"/>
        <source>S&amp;wedish</source>
        <translation>S&amp;wedish</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="162"/>
        <source>Service languages (at least one)</source>
        <translation>Service languages (at least one)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="164"/>
        <source>No group ticked: the person is offered contacts of every group.</source>
        <translation>No group ticked: the person is offered contacts of every group.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="168"/>
        <source>&amp;Save skills</source>
        <translation>&amp;Save skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="169"/>
        <source>Save skills (%1)</source>
        <translation>Save skills (%1)</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="176"/>
        <source>Skills of %1</source>
        <translation>Skills of %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="177"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="209"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/team/dialog.py" line="239"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n contact waiting</numerusform>
            <numerusform>%n contacts waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="242"/>
        <source>longest %1</source>
        <translation>longest %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="252"/>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="253"/>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="291"/>
        <source>Unsaved skills</source>
        <translation>Unsaved skills</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="292"/>
        <source>The skills of %1 have changes that are not saved.</source>
        <translation>The skills of %1 have changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="359"/>
        <source>Tick at least one service language: without one, the person is offered nothing.</source>
        <translation>Tick at least one service language: without one, the person is offered nothing.</translation>
    </message>
    <message>
        <location filename="../ui/team/dialog.py" line="361"/>
        <source>These skills cannot be saved.</source>
        <translation>These skills cannot be saved.</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../ui/team/feature.py" line="25"/>
        <source>Team picks from the q&amp;ueue (no offers)</source>
        <translation>Team picks from the q&amp;ueue (no offers)</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="26"/>
        <source>My t&amp;eam…</source>
        <translation>My t&amp;eam…</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="50"/>
        <source>The team now picks contacts from the queue.</source>
        <translation>The team now picks contacts from the queue.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="51"/>
        <source>The server now offers the team&apos;s contacts.</source>
        <translation>The server now offers the team&apos;s contacts.</translation>
    </message>
    <message>
        <location filename="../ui/team/feature.py" line="70"/>
        <source>Skills saved; the router offers contacts by them.</source>
        <translation>Skills saved; the router offers contacts by them.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../ui/walkin/day.py" line="99"/>
        <source>Book an appointment – %1</source>
        <translation>Book an appointment – %1</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="101"/>
        <source>A visitor without an appointment</source>
        <translation>A visitor without an appointment</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="102"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="102"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="103"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="104"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="111"/>
        <source>The visitor&apos;s name</source>
        <translation>The visitor&apos;s name</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="112"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/walkin/day.py" line="116"/>
        <source>Write the visitor&apos;s name.</source>
        <translation>Write the visitor&apos;s name.</translation>
    </message>
</context>
<context>
    <name>WalkInFeature</name>
    <message>
        <location filename="../ui/walkin/feature.py" line="38"/>
        <source>Guidance point &amp;day</source>
        <translation>Guidance point &amp;day</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="81"/>
        <source>Appointment booked.</source>
        <translation>Appointment booked.</translation>
    </message>
    <message>
        <location filename="../ui/walkin/feature.py" line="97"/>
        <source>Only a booked appointment can be checked in.</source>
        <translation>Only a booked appointment can be checked in.</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/shell/status.py" line="65"/>
        <source>My presence</source>
        <translation>My presence</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="66"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</source>
        <translation>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="68"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Login kept in memory only (no keyring)</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="70"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="78"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="79"/>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="80"/>
        <source>● Offline — working from saved data</source>
        <translation>● Offline — working from saved data</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="81"/>
        <source>● Log in again to sync</source>
        <translation>● Log in again to sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/status.py" line="90"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="91"/>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message>
        <location filename="../ui/shell/status.py" line="106"/>
        <location filename="../ui/shell/status.py" line="107"/>
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
        <location filename="../ui/chat/wrapup.py" line="113"/>
        <location filename="../ui/chat/wrapup.py" line="114"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="115"/>
        <source>T&amp;opics (1–6)</source>
        <translation>T&amp;opics (1–6)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="116"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="117"/>
        <source>Number keys 1–6 or Space tick a topic</source>
        <translation>Number keys 1–6 or Space tick a topic</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="121"/>
        <source>Client &amp;group</source>
        <translation>Client &amp;group</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="122"/>
        <source>Client group</source>
        <translation>Client group</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="125"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="128"/>
        <source>Save wrap-up</source>
        <translation>Save wrap-up</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="129"/>
        <source>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</source>
        <translation>Save the wrap-up and get ready for the next contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="144"/>
        <source>After-contact work %1</source>
        <translation>After-contact work %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="159"/>
        <source>Choose at least one topic (1–6).</source>
        <translation>Choose at least one topic (1–6).</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="160"/>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <location filename="../ui/chat/wrapup.py" line="161"/>
        <source>Shorten the note first.</source>
        <translation>Shorten the note first.</translation>
    </message>
</context>
</TS>
