<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AssessmentGrid</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet competent (BK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (wajib) for the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required for the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>This participant&apos;s results are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a result: type K (competent) or BK (not yet competent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units assessed competent (K) of all units, unsaved changes included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required units not yet competent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required unit is competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (saved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this cell while you were editing; this is their value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentGridView</name>
    <message>
        <source>Type K (competent) or B (not yet competent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 0 to 100, e.g. 85 or 85,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>What the unit columns show and what typing enters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all unsaved results at once (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every unsaved change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the results as they were before the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen cells competent, or with one cell chosen every unassessed cell of its unit (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only (certificate issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: K competent · B not yet competent (then down) · digits type a score · Del clear · Enter/F2 edit · Ctrl+Shift+K all competent · Ctrl+Z undo · Ctrl+S save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget %n unsaved changes?</source>
        <translation>
            <numerusform>Forget %n unsaved change?</numerusform>
            <numerusform>Forget %n unsaved changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment results are not saved yet. Save them before closing?</source>
        <translation>
            <numerusform>%n assessment result is not saved yet. Save it before closing?</numerusform>
            <numerusform>%n assessment results are not saved yet. Save them before closing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cells marked competent.</source>
        <translation>
            <numerusform>%n cell marked competent.</numerusform>
            <numerusform>%n cells marked competent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unassessed cell to mark competent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n results written</source>
        <translation>
            <numerusform>Saved: %n result written</numerusform>
            <numerusform>Saved: %n results written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n refused cells and save again.</source>
        <translation>
            <numerusform>Nothing was saved: correct the %n refused cell and save again.</numerusform>
            <numerusform>Nothing was saved: correct the %n refused cells and save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: you typed %3, saved meanwhile: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: someone else saved these results after you opened the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their values are now shown (framed in red). Your %n other changes are kept: check and save again.</source>
        <translation>
            <numerusform>Their values are now shown (framed in red). Your %n other change is kept: check and save again.</numerusform>
            <numerusform>Their values are now shown (framed in red). Your %n other changes are kept: check and save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cells were changed by someone else; their values are shown.</source>
        <translation>
            <numerusform>%n cell was changed by someone else; its value is shown.</numerusform>
            <numerusform>%n cells were changed by someone else; their values are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last save was not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save was undone: the results are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May still miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can no longer reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may miss no more JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>may miss %n more JP</source>
        <translation>
            <numerusform>may miss %n more JP</numerusform>
            <numerusform>may miss %n more JP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 · %2 · %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells: %2 participants, %3 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark, arrival time and note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>This session is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: marks already given can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a mark first: a note or an arrival time belongs to a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrival time belongs to a present (H) mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time of a late participant (hh:mm); empty: on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to the mark (e.g. the reason for an absence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the participant meets the minimum, or still can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended JP over counted JP, as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum for the certificate: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: no longer attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a mark first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (saved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this mark while you were editing; this is their mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* As last saved: your unsaved changes count once they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1 of %2 JP counted (%3 JP delivered, %4 JP still to come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every mark in the file is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved from the file.</source>
        <translation>
            <numerusform>%n mark saved from the file.</numerusform>
            <numerusform>%n marks saved from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared.</source>
        <translation>
            <numerusform>%n cleared.</numerusform>
            <numerusform>%n cleared.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s sessions and how far their attendance has been entered. Double-click a session (or press Enter) to enter its marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the week to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day of the week to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the class&apos;s attendance for the selected session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;selected sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets of the selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the week&apos;s sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who cannot miss one more session without falling below their program&apos;s minimum, and those who can no longer reach it. Double-click to open the class&apos;s attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets of every session of the week shown, for the trainer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants at risk in running classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions this week for the trainer or class chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fully marked</source>
        <translation>
            <numerusform>%n fully marked</numerusform>
            <numerusform>%n fully marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for marks</source>
        <translation>
            <numerusform>%n waiting for marks</numerusform>
            <numerusform>%n waiting for marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a journal</source>
        <translation>
            <numerusform>%n without a journal</numerusform>
            <numerusform>%n without a journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled (not listed)</source>
        <translation>
            <numerusform>%n cancelled (not listed)</numerusform>
            <numerusform>%n cancelled (not listed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants at risk in running classes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSettingsSection</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How izin (excused) counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sakit (sick) counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;zin (I, excused) counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;kit (S, sick) counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum attendance a certificate needs is set for each program, on the program form. A changed rule applies to every class of the institution, past ones included, the next time rates are shown or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendance &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution decides how excused and sick absences count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How excused and sick absences count is set for each institution: choose one institution at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: 10 sessions of 4 JP, present at 8, one izin, one sakit: rate %1% (%2 of %3 JP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session marked %1 counts as attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session marked %1 is left out of that participant&apos;s total: the rate is taken over the other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session marked %1 counts as missed, like alpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>left out of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the marks of one session (with arrival times and notes) or of all sessions at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all unsaved marks at once (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the marks as they were before the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every empty cell of the chosen session(s) H, as one step (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark, arrival time and note of the chosen cells (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read marks typed elsewhere from an XLSX or CSV file; every problem is shown before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX with this class&apos;s participants and sessions to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets to sign, or the class grid (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s attendance recap (rekap kehadiran) as XLSX or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: H I S A mark and go down · Space present/empty · Del clear · Enter note · Ctrl+Shift+H all present · Ctrl+Z undo · Ctrl+S save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2, %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) at risk</source>
        <translation>
            <numerusform>%n participant at risk</numerusform>
            <numerusform>%n participants at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot reach the minimum of %1</source>
        <translation>
            <numerusform>%n cannot reach the minimum of %1</numerusform>
            <numerusform>%n cannot reach the minimum of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below the minimum of %1</source>
        <translation>
            <numerusform>%n below the minimum of %1</numerusform>
            <numerusform>%n below the minimum of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no session has taken place yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone meets or is on track for the minimum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n past session(s) with participants not yet marked</source>
        <translation>
            <numerusform>%n past session with participants not yet marked</numerusform>
            <numerusform>%n past sessions with participants not yet marked</numerusform>
        </translation>
    </message>
    <message>
        <source>counted as absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All presen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export re&amp;cap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused (I): %1; sick (S): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No empty cell to fill in the chosen session(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) marked present.</source>
        <translation>
            <numerusform>%n cell marked present.</numerusform>
            <numerusform>%n cells marked present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n mark(s) written</source>
        <translation>
            <numerusform>Saved: %n mark written</numerusform>
            <numerusform>Saved: %n marks written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n refused cell(s) and save again.</source>
        <translation>
            <numerusform>Nothing was saved: correct the %n refused cell and save again.</numerusform>
            <numerusform>Nothing was saved: correct the %n refused cells and save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: you typed %3, saved meanwhile: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: someone else saved these marks after you opened the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their marks are now shown (framed in red). Your %n other change(s) are kept: check and save again.</source>
        <translation>
            <numerusform>Their marks are now shown (framed in red). Your %n other change is kept: check and save again.</numerusform>
            <numerusform>Their marks are now shown (framed in red). Your %n other changes are kept: check and save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were changed by someone else; their marks are shown.</source>
        <translation>
            <numerusform>%n cell was changed by someone else; their mark is shown.</numerusform>
            <numerusform>%n cells were changed by someone else; their marks are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last save was not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save was undone: the marks are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printouts show saved marks only. Save your %n unsaved change(s) first?</source>
        <translation>
            <numerusform>Printouts show saved marks only. Save your %n unsaved change first?</numerusform>
            <numerusform>Printouts show saved marks only. Save your %n unsaved changes first?</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot print attendance yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recap shows saved marks only. Save your %n unsaved change(s) first?</source>
        <translation>
            <numerusform>The recap shows saved marks only. Save your %n unsaved change first?</numerusform>
            <numerusform>The recap shows saved marks only. Save your %n unsaved changes first?</numerusform>
        </translation>
    </message>
    <message>
        <source>This version cannot make the recap yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save your %n unsaved change(s) before importing marks?</source>
        <translation>
            <numerusform>Save your %n unsaved change before importing marks?</numerusform>
            <numerusform>Save your %n unsaved changes before importing marks?</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the chain of entries and tell whether any entry was altered or deleted after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not view the audit trail. An administrator, or the head of the centre with a read-only account, can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry no. %1: %2 by %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The audit trail was tampered with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work goes on and nothing was lost; the next backup is tried in an hour. Check the backup folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before closing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically (at least once a day while open, and on closing, when something changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a backup &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (this PC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on another disk or a USB stick keeps the backups safe when this PC&apos;s disk fails. Older backups are thinned out: one a day for two weeks, one a week for two months, one a month for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This folder is on the same disk as the database: when that disk fails, the backups are lost with it. Choose a USB stick or another disk if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with the backup password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not encrypted: anyone with the file can read the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the backup &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password somewhere safe: without it an encrypted backup cannot be restored by anybody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can set or change the backup password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on every backup, automatic or by hand, is encrypted with this password. Backups made before keep the password they had. Without the password an encrypted backup cannot be restored: write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup password was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the backup password? New backups will not be encrypted: anyone with the file can read the records, national ID numbers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect this backup with a password of its own? Without it the backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password for this one backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made right now. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Type its password to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 passed its check: it is complete and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 failed its check; do not rely on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the calendar of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, trainer or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s schedule for the week or month shown, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous %1 (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room clash(es)</source>
        <translation>
            <numerusform>%n room clash</numerusform>
            <numerusform>%n room clashes</numerusform>
        </translation>
    </message>
    <message>
        <source>Print trainer schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTooltip</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePrintDialog</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected certificates (%n)</source>
        <translation>
            <numerusform>The &amp;selected certificate (%n)</numerusform>
            <numerusform>The &amp;selected certificates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All valid certificates of the class (%n)</source>
        <translation>
            <numerusform>&amp;All valid certificates of the class (%n)</numerusform>
            <numerusform>&amp;All valid certificates of the class (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;back page (the competency units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint (choose the printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per person into a &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per person in a &amp;ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {number} certificate number, {name} participant, {class} class code, {seq} running number in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates chosen: nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates chosen: nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates saved in %1.

Open it now?</source>
        <translation>
            <numerusform>%n certificate saved in %1.

Open it now?</numerusform>
            <numerusform>%n certificates saved in %1.

Open it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates saved in the folder %1.

Open the folder now?</source>
        <translation>
            <numerusform>%n certificate saved in the folder %1.

Open the folder now?</numerusform>
            <numerusform>%n certificates saved in the folder %1.

Open the folder now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateSettingsSection</name>
    <message>
        <source>%1 is %2 MB; a background may be at most 5 MB. Save it smaller (for example 3508 × 2480 pixels, A4 at 300 dpi, as JPEG) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture; choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio landscape (330 × 215 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed behind the front of every certificate, stretched to the page. PNG or JPEG, at most 5 MB; saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one PDF per person: {number} certificate number · {name} participant · {class} class code · {seq} the person&apos;s number in the class. Characters a file name cannot hold (such as /) become -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seq:03d} running number with leading zeros · {institution} institution code · {program} program code · {month_roman} month in Roman numerals · {month} month · {year} year. The running number starts again at 1 each year. Also on the institution&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signs this institution&apos;s QR codes; export it, or import other offices&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save certificate settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution&apos;s certificates look its own way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are set up for each institution: choose one institution at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: none until the pattern is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next numbers: choose one institution at the top first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next numbers: none until the pattern is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every certificate number issued, revoked and replaced ones included (buku induk). Certificates are issued and printed on a class&apos;s Certificates tab: double-click a row to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected certificate&apos;s class on its Certificates tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export register &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register for the institution and year chosen, for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export register &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register for the institution and year chosen, as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s signing key; other offices&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;erify a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates match the filters and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates issued yet for the institution and year chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revoked</numerusform>
            <numerusform>%n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Export certificate register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a password of your own before you go on; only you will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen problems (all of them when none is chosen) to paste into a spreadsheet or a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems as an Excel or CSV file, to fix them in the registrant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to existing participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file: nothing can be imported as it is. The first problems in the list concern the whole file or the class: fix them (in the file, the column choices or the class) and press Re-read file.</source>
        <translation>
            <numerusform>%n error in the file: nothing can be imported as it is. The first problems in the list concern the whole file or the class: fix them (in the file, the column choices or the class) and press Re-read file.</numerusform>
            <numerusform>%n errors in the file: nothing can be imported as it is. The first problems in the list concern the whole file or the class: fix them (in the file, the column choices or the class) and press Re-read file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file: nothing can be imported as it is. Fix them in the file, save it and press Re-read file. Or import only the rows without errors.</source>
        <translation>
            <numerusform>%n error in the file: nothing can be imported as it is. Fix them in the file, save it and press Re-read file. Or import only the rows without errors.</numerusform>
            <numerusform>%n errors in the file: nothing can be imported as it is. Fix them in the file, save it and press Re-read file. Or import only the rows without errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import. %n warning(s) are worth a look first; they do not stop the import.</source>
        <translation>
            <numerusform>Ready to import. %n warning is worth a look first; it does not stop the import.</numerusform>
            <numerusform>Ready to import. %n warnings are worth a look first; they do not stop the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: everyone in the file is already in the database as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be registered in %1.</source>
        <translation>
            <numerusform>%n person will be registered in %1.</numerusform>
            <numerusform>%n people will be registered in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a problem to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildRowsEditor</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassCertificatesTab</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a numbered, signed certificate to every eligible person who has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the valid certificates, or save them as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new certificate with a new number for the selected person; the old one is marked as replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected certificate, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read attendance, results and certificates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this class is taking part yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates issued</source>
        <translation>
            <numerusform>%n certificate issued</numerusform>
            <numerusform>%n certificates issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet issued</source>
        <translation>
            <numerusform>%n not yet issued</numerusform>
            <numerusform>%n not yet issued</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue certificates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody eligible is waiting for a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %n certificates?</source>
        <translation>
            <numerusform>Issue %n certificate?</numerusform>
            <numerusform>Issue %n certificates?</numerusform>
        </translation>
    </message>
    <message>
        <source>The number will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Another PC issuing at the same time may take some of them first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is never given again, even if the certificate is revoked later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people did not get a certificate:</source>
        <translation>
            <numerusform>%n person did not get a certificate:</numerusform>
            <numerusform>%n people did not get a certificate:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is %2 and is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 replaced by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassForm</name>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a program —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LPK-SBP-JHT-2027-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, e.g. 4/1/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassHistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded. Changes to sessions are recorded here once the class has started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassLabels</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu Prakerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassParticipantsTab</name>
    <message>
        <source>Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register people into this class: an existing participant or a new one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen people on: passed selection, reserve list, in training, withdrew… with a reason (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change of the chosen person: when, by whom and why (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu Prakerja card number, redeem code and redemption of the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print announcement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection announcement of the class as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection letter per person as a PDF: everyone, or the chosen people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a short message with the chosen people&apos;s status, to paste into a messaging app (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name, NIK or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the participant; choose several rows with Ctrl or Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja: not redeemed yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1 of %2 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja: %1 not redeemed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassScheduleTab</name>
    <message>
        <source>Generate schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan all sessions at once from a start date, weekdays and daily hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date, time, room, unit or JP of the session (F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected sessions, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected cancelled sessions back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign trainers to the selected sessions (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the trainer journal of the session (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s trainer journal as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1 of the program&apos;s %2 JP · delivered (journals written): %3 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP still to schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP more than the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot change schedules yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot do that yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassWindow</name>
    <message>
        <source>&amp;Edit class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the class&apos;s code, name, dates, room, capacity, funding or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import registrants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a registrant list (XLSX or CSV) into this class; every problem is shown before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport class list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s participants with their status, as XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seated of %2 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;essment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s) are not saved yet. Save them before closing?</source>
        <translation>
            <numerusform>%n attendance mark is not saved yet. Save it before closing?</numerusform>
            <numerusform>%n attendance marks are not saved yet. Save them before closing?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Class code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by class code or name, or program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (planned, open, running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only classes with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s schedule, participants and history (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the class as cancelled; its sessions and participants are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the class %1? Its status becomes &quot;Cancelled&quot;; its sessions and participants are kept, and you can set another status later in the class&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the class %1 and its %n session(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the class %1 and its %n session for good? This cannot be undone.</numerusform>
            <numerusform>Delete the class %1 and its %n sessions for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the class %1 for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the class instead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDaysDialog</name>
    <message>
        <source>Closed days of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules made from now on skip these days. A range (a week&apos;s break) is added at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rapat kerja yayasan, Libur semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1 to %2</source>
        <translation>
            <numerusform>%n day: %1 to %2</numerusform>
            <numerusform>%n days: %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) closed.</source>
        <translation>
            <numerusform>%n day closed.</numerusform>
            <numerusform>%n days closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Conflicts are checked once the date and times are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts with other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts that stop the save: %n</source>
        <translation>
            <numerusform>Conflicts that stop the save: %n</numerusform>
            <numerusform>Conflicts that stop the save: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings: %n</source>
        <translation>
            <numerusform>Warnings: %n</numerusform>
            <numerusform>Warnings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted conflicts: %n</source>
        <translation>
            <numerusform>Accepted conflicts: %n</numerusform>
            <numerusform>Accepted conflicts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPKS Desktop ran into an error it did not expect. Changes that were already saved are safe; the last action may not have been completed.

You can keep working. If this happens again, restart LPKS Desktop and send the report below to the person who looks after LPKS Desktop at your institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is also saved in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to a file; copy it with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be used safely (%2).

It was set aside untouched at:
%3
Nothing was written to it; keep it, someone may be able to rescue data from it.

To go on working, restore a backup. The newest backup that passes its check is chosen below; what was entered after it was taken is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups were found in %1. Choose a backup file, e.g. on a USB stick, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are encrypted. Type the backup password so they can be checked. Without it only unencrypted backups can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups, newest first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 passed its check and is chosen. Press &quot;Restore this backup&quot; to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these backups passed its check. Choose another backup file, e.g. on a USB stick, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup has not passed its check. Restore it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the backup password that was set when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Press Enter or double-click to open the class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Database (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server, shared by several PCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-lpks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database chosen here is opened the next time LPKS Desktop starts on this PC. A database named with --db or in the LPKS_DB environment variable still comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPKS Desktop database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. LPKS Desktop opens %1 the next time it starts on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data with made-up people, for looking around and practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish to write three sample institutions with their programs, rooms, trainers, classes and 400 participants into this empty database. It takes up to a minute on an older PC. You may cancel while it runs: then nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; the database is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailDelegate</name>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSessionsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (min %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every condition for the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 units the program counts are competent (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: it no longer counts, and its number is never given again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a reissued certificate with a new number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentActions</name>
    <message>
        <source>The new seat meets at the same time as another class the person holds a seat in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If both seats are meant to stand, write why; the reason is kept with the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the schedule clash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Attends the morning group only; agreed with both trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat freed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat is free. Offer the seat to %1 (reserve #%2)?

They will be marked as having passed the selection; call them to tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message for %1 is copied: paste it into the messaging app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages are copied, one after the other: paste them into the messaging app.</source>
        <translation>
            <numerusform>%n messages are copied, one after the other: paste them into the messaging app.</numerusform>
            <numerusform>%n messages are copied, one after the other: paste them into the messaging app.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message for %1: no selection result to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentCard</name>
    <message>
        <source>%1 — class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja redeem code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking part in this class (yet), so there is no attendance or result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H (present) %1 · I (excused) %2 · S (sick) %3 · A (absent) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions held, %2 not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1 of %2 JP delivered: %3 (program minimum %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ meets the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet competent (BK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a reissue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentStatus</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Written test 12 November: score 78 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Passed the test, but the class is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Interview: does not meet the age requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Attended the opening day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Finished with 95% attendance, competent in all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Got a job; told us by phone on 3 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Absent without notice for 5 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Status set by mistake; selection not done yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportParticipantsDialog</name>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV file (.csv), for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semicolons between values (for Excel set to Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel set to Indonesian expects ; between the values of a CSV file; other programs expect ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIKs and phone numbers are written as text, so Excel keeps every digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the registrant list as it came: an Excel workbook (.xlsx) or a CSV file. Title rows above the headings, Indonesian headings and NIKs damaged by Excel are recognised. Every problem is listed before anything is saved, and nothing is saved until you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file, or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone imported is also registered in this class (status: registered). Leave it empty to only add or update the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register in a class (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list needs a column with the NIK and one with the full name. Other columns are read when their heading says what they hold, in Indonesian or English: sex (or an L and a P column), place and date of birth (together or apart), address, village, district, regency/city, province, phone, e-mail, last education, employment, Prakerja card number and redeem code, notes. A column can also be chosen by hand in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no class: only add or update participants —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the registrant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The administrator you create now signs in with this name and password, and adds, changes and locks the accounts of everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin or your first name, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Getting started with LPKS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has just been deleted by someone else; there is nothing to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this value; you had entered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the version %1 saved. Your changes to the fields they did not change are kept; check the marked fields, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>Generate the schedule — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1: %2 JP · room: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s teaching periods, separated by commas; breaks fall between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip collective leave (cuti bersama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none for now —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions can be planned from these entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 JP of the program&apos;s %2 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The class already has %n planned session(s). They will be replaced by the new schedule. Continue?</source>
        <translation>
            <numerusform>The class already has %n planned session. It will be replaced by the new schedule. Continue?</numerusform>
            <numerusform>The class already has %n planned sessions. They will be replaced by the new schedule. Continue?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Status history — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in class %2: every status change, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What needs your attention today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled / capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations waiting for a decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registrations waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates ready to print (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates waiting to be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again after fixing it in Excel, with the same column choices (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;valid rows only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows without errors and leave the others out; you are asked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: headings in row %3, %4 filled rows below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows 1 to %1 above them (titles) are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 only numbers the columns and is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your column choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column choices last used for lists with these headings are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column&apos;s field is suggested from its heading; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be left out and not imported.</source>
        <translation>
            <numerusform>%n row with errors will be left out and not imported.</numerusform>
            <numerusform>%n rows with errors will be left out and not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without errors will be imported.</source>
        <translation>
            <numerusform>%n row without errors will be imported.</numerusform>
            <numerusform>%n rows without errors will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import only the rows without errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Marks not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Correct it in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import marks: check the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a look, but they do not stop the import.</source>
        <translation>
            <numerusform>%n warning: worth a look, but it does not stop the import.</numerusform>
            <numerusform>%n warnings: worth a look, but they do not stop the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n mark(s)</source>
        <translation>
            <numerusform>&amp;Save %n mark</numerusform>
            <numerusform>&amp;Save %n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Edit institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{seq:03d}&lt;/b&gt; sequence number, 3 digits (001, 002, …), starting again each year · &lt;b&gt;{institution}&lt;/b&gt; institution code · &lt;b&gt;{program}&lt;/b&gt; program code · &lt;b&gt;{month_roman}&lt;/b&gt; month in Roman numerals (I–XII) · &lt;b&gt;{month}&lt;/b&gt; month number · &lt;b&gt;{year}&lt;/b&gt; year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short, used in numbers, e.g. LPK-SBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPKS (private training institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLK (public vocational training centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number (VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID (NIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per program: number, grade, valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the institution (signs certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala LPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signature picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: none until the pattern is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <source>Your institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on letterheads and certificates. Only the name and the short code are required; the rest can be filled in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LPK Sapta Bangun Persada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LPK-SBP (used in certificate numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number (VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID (NIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala LPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name or city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Trainer journal — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Measuring the body: bust, waist and hip; practice in pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 JP fit in this session&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Started 30 minutes late because of a power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this session&apos;s journal? The session counts as not held again and its JP are no longer paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Certificate signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This institution&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public key in a file, for other offices to check this institution&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys this database knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a key from another office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the public key file another office exported, so its certificates verify here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each institution signs its certificates with its own key: choose one institution at the top of the window to see or export its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 signs its certificates with this key. Give the exported public key to offices that need to check them; the private key never leaves this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPKS public key (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public key file: it is far too large (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key of %1 was already known; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 of %2 added: its certificates can be verified here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own, in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own, retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Institution whose records are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your windows and let someone else sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>The workbook has several sheets: choose the one with the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the columns suggested from the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no columns to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n column will be ignored.</numerusform>
            <numerusform>%n columns will be ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark, arrival time and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave each mark as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (clears the mark and its note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different times: left as they are unless you type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm — empty: arrived on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different notes: left as they are unless you type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the reason for an absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrival time is kept only with a present (H) mark; after the session&apos;s start it counts as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; type it as 08:15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password a second time to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The password is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Save despite conflicts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving would double-book a trainer, a room or participants. If this is intended (e.g. two classes share the workshop), write why: the reason is kept with both sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Both groups practise together in the workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior high school (SMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior high school (SMA/SMK/MA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma 1 (D1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma 2 (D2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma 3 (D3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree (S1/D4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s degree (S2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate (S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid off (PHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity, as on the ID card (KTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 28/11/1990</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu Prakerja card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the NIK: %1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantProfileDialog</name>
    <message>
        <source>&amp;Edit participant data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (age %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet registered in any class. Register them from a class&apos;s participant list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu Prakerja card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, NIK or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about this participant: classes, status, attendance, certificates (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a participant list (XLSX or CSV, as it came); every problem is shown with its row before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants as XLSX or CSV; NIK and phone stay text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonClassesModel</name>
    <message>
        <source>Class and its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrakerjaDialog</name>
    <message>
        <source>Kartu Prakerja — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For offline Prakerja training the participant redeems their code at the institution; the redemption is the proof of attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as shown in the participant&apos;s Prakerja dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;deemed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintAttendanceDialog</name>
    <message>
        <source>Print attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets of a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no class chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;grid of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the &amp;marks recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance &amp;recap of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet of the chosen s&amp;ession (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attendance sheets of the %n chosen s&amp;essions</source>
        <translation>
            <numerusform>Attendance sheet of the %n chosen s&amp;ession</numerusform>
            <numerusform>Attendance sheets of the %n chosen s&amp;essions</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance sheets of the chosen s&amp;essions (none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this week: nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions chosen: nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n pages</source>
        <translation>
            <numerusform>about %n page</numerusform>
            <numerusform>about %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance grid — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recap — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions from %1 to %2 for this choice. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were chosen. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJournalDialog</name>
    <message>
        <source>Print the trainer journal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JHT-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKKNI reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepmenaker No. 2 Tahun 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required units competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all units competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit results (attendance only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 70; blank: scores are not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by program code or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the changes made so far are being undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>LPKS Desktop backups (*.sqlite *.pgdump *.lpksenc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of %2 will be revoked. This cannot be undone: the certificate stops counting, a check of its QR code reports it as revoked, and its number is never given to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of %2 was revoked. %2 gets a new certificate with a new number, made from the records as they are now; %1 stays revoked. Do this only when the reason for the revocation no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reissue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 gets a new certificate with a new number, made from the records as they are now (a corrected name, for instance). Certificate %1 is marked as replaced; its number is never given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required, kept with the certificate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the name was misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the documents were checked again and are genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. issued by mistake; the participant did not finish the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChangedDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this record on %2, after you opened it. Your changes were not saved, so that theirs are not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version: the form shows what is saved now and keeps your own changes to the fields they did not change, for you to check and save. Fields you both changed are marked. Keep editing: the form stays as it is; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? It disappears from lists and choices but keeps its history; you can bring it back under &quot;Show archived&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register participants — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person by NIK, name or phone number, choose them and press Register. Not in the list? Create them as a new participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK, name or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the person with the participant form, then register them in this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. registered at the village office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; can be added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja &amp;redeem code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least part of a name, or digits of a NIK or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches. Check the spelling, or create the person with New participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is registered. Registered in this dialog: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by / replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1. Tell it to them in person; they must choose their own the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the backup password that was set when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed, so the backup could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong: it does not open this backup. Nothing was changed. Type the backup password again (capital letters count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup comes from a %1 database and cannot replace this %2 database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The backup passed its check: it is complete and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format (schema version): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens: the database now in use (%1) is first kept aside as it is, then replaced by this backup. Everything entered after %2 is not in the backup; it stays only in the copy kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, keep the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work is still running (a backup, a print or an import). Wait until it has finished, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored. LPKS Desktop now shows the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database in use before is unchanged and open again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K – competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BK – not yet competent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Sign in to use this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for your role (%1): it may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message>
        <source>Rooms by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room also booked for %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n session this week</numerusform>
            <numerusform>%n sessions this week</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) clash with another in this room</source>
        <translation>
            <numerusform>%n session clashes with another in this room</numerusform>
            <numerusform>%n sessions clash with another in this room</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sewing workshop 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Building B, 2nd floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by room name or location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prakerja card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n session(s)? They stay in the schedule, marked cancelled with the reason; their trainers and attendance are kept in case they are restored.</source>
        <translation>
            <numerusform>Cancel %n session? It stays in the schedule, marked cancelled with the reason; its trainers and attendance are kept in case it is restored.</numerusform>
            <numerusform>Cancel %n sessions? They stay in the schedule, marked cancelled with the reason; their trainers and attendance are kept in case they are restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the &amp;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trainer ill; the workshop had no electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hold %n cancelled session(s) after all?</source>
        <translation>
            <numerusform>Hold %n cancelled session after all?</numerusform>
            <numerusform>Hold %n cancelled sessions after all?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: the sessions were already as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)? This cannot be undone. A session that was called off should be cancelled instead.</source>
        <translation>
            <numerusform>Delete %n session? This cannot be undone. A session that was called off should be cancelled instead.</numerusform>
            <numerusform>Delete %n sessions? This cannot be undone. A session that was called off should be cancelled instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainer assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer journal of this session is not written yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsSection</name>
    <message>
        <source>Schedules and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip collective leave (cuti bersama) when generating schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;fee per JP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid for trainers who have no fee of their own. Empty: workload reports show JP without money for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add closed days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 — %2. Each institution sets these for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective leave, the default fee and closed days are set for each institution: choose one institution at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days of the institution in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National holidays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every schedule skips these holidays; collective leave only when the box above is ticked (greyed while it is not). Holiday dates set by the moon are estimates until the government announces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: only the national holidays are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) entered.</source>
        <translation>
            <numerusform>%n day entered.</numerusform>
            <numerusform>%n days entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them fall on a holiday and change nothing.</source>
        <translation>
            <numerusform>%n of them falls on a holiday and changes nothing.</numerusform>
            <numerusform>%n of them fall on a holiday and change nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open %1 again on %n day(s)? Schedules made from now on may use them.</source>
        <translation>
            <numerusform>Open %1 again on %n day? Schedules made from now on may use them.</numerusform>
            <numerusform>Open %1 again on %n days? Schedules made from now on may use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPrintDialog</name>
    <message>
        <source>Print the selection announcement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of who passed the selection, who is on the reserve list and who did not pass, on the institution&apos;s letterhead, to post or to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print selection letters — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter per person telling them their selection result and what to do next, on the institution&apos;s letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 012/LPK-SBP/SEL/XI/2026; blank: a dotted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;full NIK (otherwise the birth date part is hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone with a selection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 &amp;chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, printed last among the provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection result yet for %1: set passed, reserve list or not passed first, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this class has a selection result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for a result, so not in the announcement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for a result, so without a letter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit (free topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s room (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no lead trainer —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the class&apos;s change history, e.g. trainer ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes: %2 JP fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface changes language the next time LPKS Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing and lessons (shared by every PC using this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per JP (all institutions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;institutions and letterheads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, logo, address, registration numbers and the head&apos;s name printed on letters and certificates are part of each institution&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each institution has its own paper size: choose one institution at the top first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper size for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents start on this size; each print can still change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart LPKS Desktop to see the interface in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedDaysModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status — %n participant(s)</source>
        <translation>
            <numerusform>Change status — %n participant</numerusform>
            <numerusform>Change status — %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n participant(s):</source>
        <translation>
            <numerusform>Change the status of %n participant:</numerusform>
            <numerusform>Change the status of %n participants:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the reserve &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people take consecutive places from this one, in the order listed above; those already from this place on move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 seats are free; this takes %3. The class&apos;s capacity will refuse it: move fewer people, put the rest on the reserve list, or raise the capacity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1 of %2 taken; this takes %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required for this change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a NIK, a name or a phone number to see that person&apos;s classes and statuses. Every institution in this database is searched, whichever institution is chosen above: callers often do not remember where they registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK, name or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s full record, with attendance and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as a participant, but not in any class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a NIK, a name or a phone number above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 people found: type more of the name, or the NIK, to narrow it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerCombo</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <source>Edit trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written on the ID card, with degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies (SKKNI units the trainer may teach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from the institution&apos;s programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications (e.g. BNSP training methodology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick competency units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programs of this institution have no units that are not listed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainersDialog</name>
    <message>
        <source>Trainers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead trainer takes the place of the sessions&apos; current lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions of this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions from today on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the class&apos;s change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from these sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled ones left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trainer and the sessions to see clashes and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off %2 session(s)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainersPage</name>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, NIK or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers with a certificate that has expired or expires within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trainers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitJpModel</name>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sessions (no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP short of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JP more than the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Pick competency units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the units this trainer may teach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPlanModel</name>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP beyond the units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>&amp;Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit JP total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>SKKNI unit code, either the current shape C.141000.001.02 (KBLI letter, 6 digits, 3-digit unit, 2-digit version) or the older TIK.OP01.001.01 (sector, sub-sector and group, unit, version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required units must be assessed competent for the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1 session(s) and %2 assessment(s): it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, dots or hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password is changed by its owner at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including user accounts, settings, the audit trail and restoring backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-to-day work: participants, classes, schedules, attendance, assessment, certificates, imports and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the classes this trainer teaches: sees and prints them, enters attendance and writes the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees and prints everything, changes nothing (a head of the centre or an inspector).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (must choose a new password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-ins in a row</source>
        <translation>
            <numerusform>%n failed sign-in in a row</numerusform>
            <numerusform>%n failed sign-ins in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to this database, and what each role may do. Passwords are never shown: a forgotten one is reset to a temporary password its owner then changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account with a temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of the selected account, and its trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected account a temporary password, changed by its owner at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected account from signing in until unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected account sign in again (also after too many failed attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with the temporary password and then chooses a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account %1? They cannot sign in until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate with a USB scanner, or paste its text here, then press Enter. The check works without internet: a certificate of another office can be checked once that office&apos;s public key has been imported (Keys…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPKS1:… (scan or paste the QR code&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another office&apos;s public key, or export this institution&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code says (not confirmed by a signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s certificate with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no certificate with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by one of this database&apos;s institutions, but this database holds no certificate with this number (it may come from a copy of the data made before it was issued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no certificate with this number: it was issued elsewhere, so whether it was revoked later is known only to the office that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekSessionsModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit or topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written, %1 JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked (0 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present of %2 marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer journal of this session has not been written yet; its planned %1 JP count until it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LPKS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no institution yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create our first institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data to look around and practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your institution&apos;s name, registration numbers and head; more institutions, programs and rooms can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data with made-up people: three institutions, their programs, classes and 400 participants, written into this empty database. Use it for training; keep real work in a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your data already on a server or in another file? Close this window and choose that database under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the trainer nor the institution has a fee per JP: set one on the trainer or in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s default fee per JP (the trainer has no own rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s own fee per JP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>Trainer workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP taught per trainer in the month, from the trainer journal, with the fee per JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal-recorded JP in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 trainers, %3 JP, fees %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of this month without a trainer journal are not counted. Write their journals to include them.</source>
        <translation>
            <numerusform>%n session of this month without a trainer journal is not counted. Write its journal to include it.</numerusform>
            <numerusform>%n sessions of this month without a trainer journal are not counted. Write their journals to include them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fee per JP for %1: their fee is left blank. Set a rate on the trainer, or a default fee per JP in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trainer workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificate_batch</name>
    <message numerus="yes">
        <source>Making %n certificates…</source>
        <translation>
            <numerusform>Making %n certificate…</numerusform>
            <numerusform>Making %n certificates…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certificate_print</name>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This class has no valid certificates to print. Issue them first with &quot;Issue certificates&quot;; revoked and replaced certificates are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificate_status</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificate_verdict</name>
    <message>
        <source>Genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a certificate code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be corrected before the data can be saved.</source>
        <translation>
            <numerusform>%n error must be corrected before the data can be saved.</numerusform>
            <numerusform>%n errors must be corrected before the data can be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a second look, but saving is allowed.</source>
        <translation>
            <numerusform>%n warning: worth a second look, but saving is allowed.</numerusform>
            <numerusform>%n warnings: worth a second look, but saving is allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>document_export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the class list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new participant(s) added.</source>
        <translation>
            <numerusform>%n new participant added.</numerusform>
            <numerusform>%n new participants added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) updated.</source>
        <translation>
            <numerusform>%n participant updated.</numerusform>
            <numerusform>%n participants updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already up to date.</source>
        <translation>
            <numerusform>%n participant already up to date.</numerusform>
            <numerusform>%n participants already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered in the class %1.</source>
        <translation>
            <numerusform>%n registered in the class %1.</numerusform>
            <numerusform>%n registered in the class %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already registered in the class and were left as they were.</source>
        <translation>
            <numerusform>%n was already registered in the class and was left as it was.</numerusform>
            <numerusform>%n were already registered in the class and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were left out: %1.</source>
        <translation>
            <numerusform>%n row with errors was left out: %1.</numerusform>
            <numerusform>%n rows with errors were left out: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found when the app was last started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
