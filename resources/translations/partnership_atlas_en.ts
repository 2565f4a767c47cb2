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
    <message numerus="yes">
        <source>{source}: %n problem(s)</source>
        <translation>
            <numerusform>{source}: %n problem</numerusform>
            <numerusform>{source}: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</source>
        <translation>
            <numerusform>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %n file(s) and folder(s); at most {most} are accepted</source>
        <translation>
            <numerusform>holds %n file and folder; at most {most} are accepted</numerusform>
            <numerusform>holds %n files and folders; at most {most} are accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n name(s); at most {most} are allowed in a group</source>
        <translation>
            <numerusform>has %n name; at most {most} are allowed in a group</numerusform>
            <numerusform>has %n names; at most {most} are allowed in a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prose too (%n word(s) a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</source>
        <translation>
            <numerusform>prose too (%n word a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</numerusform>
            <numerusform>prose too (%n words a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text column &apos;{header}&apos; holds only %Ln different value(s) in {rows} rows: it looks like a label, not the lessons&apos; text</source>
        <translation>
            <numerusform>the text column &apos;{header}&apos; holds only %Ln different value in {rows} rows: it looks like a label, not the lessons&apos; text</numerusform>
            <numerusform>the text column &apos;{header}&apos; holds only %Ln different values in {rows} rows: it looks like a label, not the lessons&apos; text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this mapping would skip {skipped} of %Ln row(s) ({share})</source>
        <translation>
            <numerusform>this mapping would skip {skipped} of %Ln row ({share})</numerusform>
            <numerusform>this mapping would skip {skipped} of %Ln rows ({share})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds only %Ln label(s) ({examples}): not the text</source>
        <translation>
            <numerusform>holds only %Ln label ({examples}): not the text</numerusform>
            <numerusform>holds only %Ln labels ({examples}): not the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header only: %Ln word(s) a cell is short for a lesson</source>
        <translation>
            <numerusform>header only: %Ln word a cell is short for a lesson</numerusform>
            <numerusform>header only: %Ln words a cell is short for a lesson</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln word(s) a cell: too short for the text</source>
        <translation>
            <numerusform>holds %Ln word a cell: too short for the text</numerusform>
            <numerusform>holds %Ln words a cell: too short for the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %Ln word(s) a cell</source>
        <translation>
            <numerusform>text of %Ln word a cell</numerusform>
            <numerusform>text of %Ln words a cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>long, varied prose: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>long, varied prose: %Ln word a cell, {texts} different texts in {rows} rows looked at</numerusform>
            <numerusform>long, varied prose: %Ln words a cell, {texts} different texts in {rows} rows looked at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varied sentences: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>varied sentences: %Ln word a cell, {texts} different texts in {rows} rows looked at</numerusform>
            <numerusform>varied sentences: %Ln words a cell, {texts} different texts in {rows} rows looked at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) naming lessons or challenges ({examples})</source>
        <translation>
            <numerusform>%Ln label naming lessons or challenges ({examples})</numerusform>
            <numerusform>%Ln labels naming lessons or challenges ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln label(s) ({examples})</source>
        <translation>
            <numerusform>header; %Ln label ({examples})</numerusform>
            <numerusform>header; %Ln labels ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; short text (%n word(s) a cell)</source>
        <translation>
            <numerusform>header; short text (%n word a cell)</numerusform>
            <numerusform>header; short text (%n words a cell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; short, varied text (%n word(s) a cell)</source>
        <translation>
            <numerusform>header; short, varied text (%n word a cell)</numerusform>
            <numerusform>header; short, varied text (%n words a cell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln value(s) ({examples})</source>
        <translation>
            <numerusform>header; %Ln value ({examples})</numerusform>
            <numerusform>header; %Ln values ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s), the header {header}: check the quoting</source>
        <translation>
            <numerusform>it has %n cell, the header {header}: check the quoting</numerusform>
            <numerusform>it has %n cells, the header {header}: check the quoting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{field}: &apos;{spelling}&apos; (%n row(s)) merged into &apos;{winner}&apos;</source>
        <translation>
            <numerusform>{field}: &apos;{spelling}&apos; (%n row) merged into &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: &apos;{spelling}&apos; (%n rows) merged into &apos;{winner}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UTF-8 (%n line(s) in Windows-1252)</source>
        <translation>
            <numerusform>UTF-8 (%n line in Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n lines in Windows-1252)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{description}, header on row {row} (the %n row(s) above it left out)</source>
        <translation>
            <numerusform>{description}, header on row {row} (the %n row above it left out)</numerusform>
            <numerusform>{description}, header on row {row} (the %n rows above it left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is damaged (%n problem(s); the first: {first})</source>
        <translation>
            <numerusform>it is damaged (%n problem; the first: {first})</numerusform>
            <numerusform>it is damaged (%n problems; the first: {first})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</numerusform>
            <numerusform>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n notes; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; matches %n notes; give more characters of the id.</numerusform>
            <numerusform>&apos;{ref}&apos; matches %n notes; give more characters of the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} billion</numerusform>
            <numerusform>{number} billion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} million</numerusform>
            <numerusform>{number} million</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n briefs; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; matches %n brief; give more characters of the id.</numerusform>
            <numerusform>&apos;{ref}&apos; matches %n briefs; give more characters of the id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the brief to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported the brief to %1 (%n page).</numerusform>
            <numerusform>Exported the brief to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefHistoryDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
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
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n saved version. Select it to read it.</numerusform>
            <numerusform>%n saved versions. Select one to read it.</numerusform>
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
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message numerus="yes">
        <source>Notes synced, but %n file(s) wait: %1</source>
        <translation>
            <numerusform>Notes synced, but %n file waits: %1</numerusform>
            <numerusform>Notes synced, but %n files wait: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n note(s) were edited on two devices; both texts are kept and the notes are marked.</source>
        <translation>
            <numerusform>Notes synced: %n note was edited on two devices; both texts are kept and the note is marked.</numerusform>
            <numerusform>Notes synced: %n notes were edited on two devices; both texts are kept and the notes are marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n change(s) sent, %1 received.</source>
        <translation>
            <numerusform>Notes synced: %n change sent, %1 received.</numerusform>
            <numerusform>Notes synced: %n changes sent, %1 received.</numerusform>
        </translation>
    </message>
</context>
</TS>
