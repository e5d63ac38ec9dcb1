<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomerLifecycle</name>
    <message numerus="yes">
        <source>{count} signed summary version(s)</source>
        <translation>
            <numerusform>{count} signed summary version</numerusform>
            <numerusform>{count} signed summary versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>{count} customers</source>
        <translation>
            <numerusform>{count} customer</numerusform>
            <numerusform>{count} customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpectationDialog</name>
    <message numerus="yes">
        <source>{count} covered hours a year.</source>
        <translation>
            <numerusform>{count} covered hour a year.</numerusform>
            <numerusform>{count} covered hours a year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{down} down a year out of {count} covered hours = {percent} available.</source>
        <translation>
            <numerusform>{down} down a year out of {count} covered hour = {percent} available.</numerusform>
            <numerusform>{down} down a year out of {count} covered hours = {percent} available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message numerus="yes">
        <source>at most {count} failures a year, each fixed within {hours}</source>
        <translation>
            <numerusform>at most {count} failure a year, fixed within {hours}</numerusform>
            <numerusform>at most {count} failures a year, each fixed within {hours}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <source>Not saved: {count} problem(s) to fix; each is shown next to its field.</source>
        <translation>
            <numerusform>Not saved: {count} problem to fix; it is shown next to its field.</numerusform>
            <numerusform>Not saved: {count} problems to fix; each is shown next to its field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>… and {count} more: show only my customers, or use the customer list</source>
        <translation>
            <numerusform>… and {count} more: show only my customers, or use the customer list</numerusform>
            <numerusform>… and {count} more: show only my customers, or use the customer list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <source>… and {count} more</source>
        <translation>
            <numerusform>… and {count} more</numerusform>
            <numerusform>… and {count} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} customer(s) from {name}</source>
        <translation>
            <numerusform>Imported {count} customer from {name}</numerusform>
            <numerusform>Imported {count} customers from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} row(s) from {name}</source>
        <translation>
            <numerusform>Imported {count} row from {name}</numerusform>
            <numerusform>Imported {count} rows from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} customer(s) to {path}</source>
        <translation>
            <numerusform>Exported {count} customer to {path}</numerusform>
            <numerusform>Exported {count} customers to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIncidentsDialog</name>
    <message numerus="yes">
        <source>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</source>
        <translation>
            <numerusform>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</numerusform>
            <numerusform>{added} added, {updated} updated, {unchanged} unchanged, {count} not matched to a customer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message numerus="yes">
        <source>{count} incident(s) opened in this period, {outages} with the service down</source>
        <translation>
            <numerusform>{count} incident opened in this period, {outages} with the service down</numerusform>
            <numerusform>{count} incidents opened in this period, {outages} with the service down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>and {count} more, listed below</source>
        <translation>
            <numerusform>and {count} more, listed below</numerusform>
            <numerusform>and {count} more, listed below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {count} more on the home view</source>
        <translation>
            <numerusform>and {count} more on the home view</numerusform>
            <numerusform>and {count} more on the home view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item(s) due today or overdue</source>
        <translation>
            <numerusform>{count} item due today or overdue</numerusform>
            <numerusform>{count} items due today or overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message numerus="yes">
        <source>{count} minute(s) ago</source>
        <translation>
            <numerusform>{count} minute ago</numerusform>
            <numerusform>{count} minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} hour(s) ago</source>
        <translation>
            <numerusform>{count} hour ago</numerusform>
            <numerusform>{count} hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) ago</source>
        <translation>
            <numerusform>{count} day ago</numerusform>
            <numerusform>{count} days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message numerus="yes">
        <source>{count} missed promise(s) without an improvement item</source>
        <translation>
            <numerusform>{count} missed promise without an improvement item</numerusform>
            <numerusform>{count} missed promises without an improvement item</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>{count} customer(s)</source>
        <translation>
            <numerusform>{count} customer</numerusform>
            <numerusform>{count} customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProblemDialog</name>
    <message numerus="yes">
        <source>A read-only copy of the {count} customer(s) you opened recently is kept on this computer, from {age}.</source>
        <translation>
            <numerusform>A read-only copy of the {count} customer you opened recently is kept on this computer, from {age}.</numerusform>
            <numerusform>A read-only copy of the {count} customers you opened recently is kept on this computer, from {age}.</numerusform>
        </translation>
    </message>
</context>
</TS>
