<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>akdesk::ChangeSummaryDialog</name>
    <message numerus="yes">
        <source>These %n field(s) will change on the server:</source>
        <translation>
            <numerusform>%n field will change on the server:</numerusform>
            <numerusform>These %n fields will change on the server:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::CommandPalette</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DeleteRecordsDialog</name>
    <message numerus="yes">
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>Delete %n flow</numerusform>
            <numerusform>Delete %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>Delete %n stage</numerusform>
            <numerusform>Delete %n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy(ies)</source>
        <translation>
            <numerusform>Delete %n policy</numerusform>
            <numerusform>Delete %n policies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DeletionPlan</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DraftsModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DraftsPane</name>
    <message numerus="yes">
        <source>Synced %n draft(s).</source>
        <translation>
            <numerusform>Synced %n draft.</numerusform>
            <numerusform>Synced %n drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n draft waiting to be sent.</numerusform>
            <numerusform>%n drafts waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n draft(s).</source>
        <translation>
            <numerusform>Discarded %n draft.</numerusform>
            <numerusform>Discarded %n drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n need your decision.</source>
        <translation>
            <numerusform>%1; %n needs your decision.</numerusform>
            <numerusform>%1; %n need your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept — see their status.</source>
        <translation>
            <numerusform>%1; %n kept — see its status.</numerusform>
            <numerusform>%1; %n kept — see their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n draft(s)</source>
        <translation>
            <numerusform>Synced %n draft</numerusform>
            <numerusform>Synced %n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::FlowInspector</name>
    <message numerus="yes">
        <source>%n stage(s) bound</source>
        <translation>
            <numerusform>%n stage bound</numerusform>
            <numerusform>%n stages bound</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::FlowListPane</name>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n group/user)</source>
        <translation>
            <numerusform>%1 (+%n group/user)</numerusform>
            <numerusform>%1 (+%n groups/users)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Applied: %n change(s) written.</source>
        <translation>
            <numerusform>Applied: %n change written.</numerusform>
            <numerusform>Applied: %n changes written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::MainWindow</name>
    <message numerus="yes">
        <source>Back online. %n draft(s) wait to be synced.</source>
        <translation>
            <numerusform>Back online. %n draft waits to be synced.</numerusform>
            <numerusform>Back online. %n drafts wait to be synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from earlier are kept, not yet on the server: see Drafts (Alt+3).</source>
        <translation>
            <numerusform>%n draft from earlier is kept, not yet on the server: see Drafts (Alt+3).</numerusform>
            <numerusform>%n drafts from earlier are kept, not yet on the server: see Drafts (Alt+3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n delete(s) queued as drafts, sent with the next sync.</source>
        <translation>
            <numerusform>Offline: %n delete queued as a draft, sent with the next sync.</numerusform>
            <numerusform>Offline: %n deletes queued as drafts, sent with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stage(s).</source>
        <translation>
            <numerusform>Deleted %n stage.</numerusform>
            <numerusform>Deleted %n stages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n policy(ies).</source>
        <translation>
            <numerusform>Deleted %n policy.</numerusform>
            <numerusform>Deleted %n policies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n flow(s) not exported.</source>
        <translation>
            <numerusform>%1 %n flow not exported.</numerusform>
            <numerusform>%1 %n flows not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped: %n flow(s) written to %1 so far.</source>
        <translation>
            <numerusform>Export stopped: %n flow written to %1 so far.</numerusform>
            <numerusform>Export stopped: %n flows written to %1 so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flow(s) to %1: %2 new or changed, %3 unchanged.</source>
        <translation>
            <numerusform>Exported %n flow to %1: %2 new or changed, %3 unchanged.</numerusform>
            <numerusform>Exported %n flows to %1: %2 new or changed, %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingsModel</name>
    <message numerus="yes">
        <source>The server cannot be reached; the new order is kept as %n draft(s) and sent with the next sync.</source>
        <translation>
            <numerusform>The server cannot be reached; the new order is kept as %n draft and sent with the next sync.</numerusform>
            <numerusform>The server cannot be reached; the new order is kept as %n drafts and sent with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::RecordEditor</name>
    <message numerus="yes">
        <source>Saved; merged %n change(s) made on the server: %1.</source>
        <translation>
            <numerusform>Saved; merged %n change made on the server: %1.</numerusform>
            <numerusform>Saved; merged %n changes made on the server: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::RecordWriter</name>
    <message numerus="yes">
        <source>%n binding(s) were added on the server</source>
        <translation>
            <numerusform>%n binding was added on the server</numerusform>
            <numerusform>%n bindings were added on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::StageListPane</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
</context>
</TS>
