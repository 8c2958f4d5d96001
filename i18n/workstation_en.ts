<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/queue/model.py" line="23"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="24"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="25"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="26"/>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="27"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../ui/chat/view.py" line="107"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="108"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="109"/>
        <source>Write a reply. Enter sends, Shift+Enter adds a new line.</source>
        <translation>Write a reply. Enter sends, Shift+Enter adds a new line.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="111"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="112"/>
        <source>Send the reply (Enter)</source>
        <translation>Send the reply (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="113"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="114"/>
        <source>End this contact (Ctrl+E)</source>
        <translation>End this contact (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="123"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="127"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="134"/>
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="135"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="137"/>
        <source>Matching clients:</source>
        <translation>Matching clients:</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="138"/>
        <source>No client or relative has this number.</source>
        <translation>No client or relative has this number.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="141"/>
        <source>Caller details</source>
        <translation>Caller details</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="154"/>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="159"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="177"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="187"/>
        <source>The reply is too long: at most %1 characters.</source>
        <translation>The reply is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/chat/view.py" line="190"/>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login.py" line="85"/>
        <source>Log in — Client guidance workstation</source>
        <translation>Log in — Client guidance workstation</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="86"/>
        <source>Client and service guidance</source>
        <translation>Client and service guidance</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="87"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="88"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="89"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="91"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="92"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="93"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="94"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="95"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="108"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="112"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="127"/>
        <source>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</source>
        <translation>The server cannot be reached, and you have not logged in on this computer before, so there is no saved data to work offline with.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="130"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="132"/>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Too many failed attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="135"/>
        <source>The server refused the login:</source>
        <translation>The server refused the login:</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="138"/>
        <source>Login failed:</source>
        <translation>Login failed:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Client guidance workstation — %1</source>
        <translation>Client guidance workstation — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Presence</source>
        <translation>&amp;Presence</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>&amp;Accept contact</source>
        <translation>&amp;Accept contact</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>&amp;End contact</source>
        <translation>&amp;End contact</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>Close &amp;tab</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Go to &amp;queue</source>
        <translation>Go to &amp;queue</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>Go to &amp;reply</source>
        <translation>Go to &amp;reply</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="163"/>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>&amp;Log in again…</source>
        <translation>&amp;Log in again…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="170"/>
        <source>After-contact work</source>
        <translation>After-contact work</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>Accept the selected contact, or the next one in your languages</source>
        <translation>Accept the selected contact, or the next one in your languages</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</source>
        <translation>No open contacts.

Press F2 to accept the next contact from the queue, F6 to go to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>Work area</source>
        <translation>Work area</translation>
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
        <translation>Open contacts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="247"/>
        <source>No contacts waiting in your languages.</source>
        <translation>No contacts waiting in your languages.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>That contact is no longer waiting.</source>
        <translation>That contact is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="289"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="317"/>
        <source>End the contact first (Ctrl+E); the tab stays open until then.</source>
        <translation>End the contact first (Ctrl+E); the tab stays open until then.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>Contact ended. Ctrl+W closes the tab.</source>
        <translation>Contact ended. Ctrl+W closes the tab.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="370"/>
        <source>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</source>
        <translation>The login has expired. Your work is kept; press Ctrl+L to log in again and send it.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="400"/>
        <source>Someone else accepted that contact first.</source>
        <translation>Someone else accepted that contact first.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="401"/>
        <source>The chat has ended; the message was not sent.</source>
        <translation>The chat has ended; the message was not sent.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Only the counsellor handling the contact can do that.</source>
        <translation>Only the counsellor handling the contact can do that.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>The contact no longer exists.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>Your role does not allow that.</source>
        <translation>Your role does not allow that.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>The server refused a change:</source>
        <translation>The server refused a change:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="421"/>
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="422"/>
        <source>New line in the reply</source>
        <translation>New line in the reply</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="423"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>QueueDock</name>
    <message>
        <location filename="../ui/queue/dock.py" line="63"/>
        <source>Regional queue</source>
        <translation>Regional queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="64"/>
        <source>Waiting contacts</source>
        <translation>Waiting contacts</translation>
    </message>
    <message>
        <location filename="../ui/queue/dock.py" line="65"/>
        <source>Enter or F2 accepts the selected contact</source>
        <translation>Enter or F2 accepts the selected contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/dock.py" line="91"/>
        <source>%n contact(s) waiting</source>
        <translation>
            <numerusform>%n contact waiting</numerusform>
            <numerusform>%n contacts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="53"/>
        <source>%1 (relative: %2, %3)</source>
        <translation>%1 (relative: %2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="81"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="82"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="83"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="84"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="85"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="118"/>
        <source>hidden number</source>
        <translation>hidden number</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../ui/status.py" line="50"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="51"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="52"/>
        <source>After-contact work</source>
        <translation>After-contact work</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="53"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="54"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="60"/>
        <source>My presence</source>
        <translation>My presence</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</source>
        <translation>My presence: Ctrl+1 available, Ctrl+2 busy, Ctrl+3 after-contact work, Ctrl+4 away</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="63"/>
        <source>Login kept in memory only (no keyring)</source>
        <translation>Login kept in memory only (no keyring)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="65"/>
        <source>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</source>
        <translation>This computer has no keyring service, so the login is not saved: after a restart you log in again. Nothing is written to disk in plain text.</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="74"/>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>● Offline — working from saved data</source>
        <translation>● Offline — working from saved data</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="76"/>
        <source>● Log in again to sync</source>
        <translation>● Log in again to sync</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="85"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="86"/>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
</context>
</TS>
