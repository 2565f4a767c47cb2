<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note added</numerusform>
            <numerusform>%n notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>%n note changed</numerusform>
            <numerusform>%n notes changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved to the Trash</source>
        <translation>
            <numerusform>%n note moved to the Trash</numerusform>
            <numerusform>%n notes moved to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved comparison(s) changed</source>
        <translation>
            <numerusform>%n saved comparison changed</numerusform>
            <numerusform>%n saved comparisons changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) installed, updated or removed</source>
        <translation>
            <numerusform>%n pack installed, updated or removed</numerusform>
            <numerusform>%n packs installed, updated or removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: %1.</source>
        <translation>
            <numerusform>%n attribute not documented for any of these models: %1.</numerusform>
            <numerusform>%n attributes not documented for any of these models: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: </source>
        <translation>
            <numerusform>%n attribute not documented for any of these models: </numerusform>
            <numerusform>%n attributes not documented for any of these models: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <source>Left out, no longer in the installed packs: %n model(s).</source>
        <translation>
            <numerusform>Left out, no longer in the installed packs: %n model.</numerusform>
            <numerusform>Left out, no longer in the installed packs: %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models chosen so far: %n.</source>
        <translation>
            <numerusform>Models chosen so far: %n.</numerusform>
            <numerusform>Models chosen so far: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message numerus="yes">
        <source>%n highlight(s) no longer found in the new text: kept, marked in your notes.</source>
        <translation>
            <numerusform>%n highlight no longer found in the new text: kept, marked in your notes.</numerusform>
            <numerusform>%n highlights no longer found in the new text: kept, marked in your notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n highlight(s) found in the new text.</source>
        <translation>
            <numerusform>The highlight was found in the new text.</numerusform>
            <numerusform>All %n highlights found in the new text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
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
        <source>%1 is not a valid content pack, so nothing was installed: %n problem(s).</source>
        <translation>
            <numerusform>%1 is not a valid content pack, so nothing was installed: %n problem.</numerusform>
            <numerusform>%1 is not a valid content pack, so nothing was installed: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n saved version. Select it to read it.</numerusform>
            <numerusform>%n saved versions. Select one to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
