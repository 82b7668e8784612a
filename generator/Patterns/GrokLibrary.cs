using System.Collections.Generic;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// The grok patterns the generator knows: regexes in the supported subset, or tokens matched by span functions where
/// grok's own definition relies on lookarounds or atomic groups (IP, MAC, NUMBER).
/// </summary>
internal static class GrokLibrary
{
    /// <summary>Tokens, by grok name, with the runtime <see cref="GrokToken"/> member they compile to.</summary>
    public static readonly Dictionary<string, GrokToken> Tokens = new()
    {
        ["IP"] = GrokToken.Ip,
        ["IPV4"] = GrokToken.IPv4,
        ["IPV6"] = GrokToken.IPv6,
        ["MAC"] = GrokToken.Mac,
        ["NUMBER"] = GrokToken.Number,
        ["BASE10NUM"] = GrokToken.Number,
    };

    public static readonly Dictionary<string, string> Definitions = new()
    {
        ["DATA"] = ".*?",
        ["GREEDYDATA"] = ".*",
        ["USERNAME"] = "[a-zA-Z0-9._-]+",
        ["USER"] = "%{USERNAME}",
        ["INT"] = "[+-]?[0-9]+",
        ["POSINT"] = "[1-9][0-9]*",
        ["NONNEGINT"] = "[0-9]+",
        ["WORD"] = "[A-Za-z0-9_]+",
        ["NOTSPACE"] = "\\S+",
        ["SPACE"] = "\\s*",
        // Grok bounds labels to 63 characters and wraps the name in \b; the label grammar is kept, the bounds are not.
        ["HOSTNAME"] = "[0-9A-Za-z][0-9A-Za-z-]{0,62}(?:\\.[0-9A-Za-z][0-9A-Za-z-]{0,62})*\\.?",
        ["HOST"] = "%{HOSTNAME}",
        ["IPORHOST"] = "(?:%{IP}|%{HOSTNAME})",
        ["URIPATH"] = "(?:/[A-Za-z0-9$.+!*'(){},~:;=@#%&_\\-]*)+",
        ["URIPARAM"] = "\\?[A-Za-z0-9$.+!*'|(){},~@#%&/=:;_?\\-\\[\\]<>]*",
        ["URIPATHPARAM"] = "%{URIPATH}(?:%{URIPARAM})?",

        // The rest of logstash-patterns-core's base library (patterns/legacy/grok-patterns) that the catalogue uses, in
        // the compiled subset: lookarounds and atomic groups are dropped (the comments say what that changes), word
        // boundaries (\b) are dropped as in the entries above, and bounds too large to unroll are dropped.
        ["BASE16NUM"] = "[+-]?(?:0x)?[0-9A-Fa-f]+", // grok: (?<![0-9A-Fa-f]) before it, which a whole-text match makes moot
        ["BASE16FLOAT"] = "[+-]?(?:0x)?(?:(?:[0-9A-Fa-f]+(?:\\.[0-9A-Fa-f]*)?)|(?:\\.[0-9A-Fa-f]+))",
        ["EMAILLOCALPART"] = @"[a-zA-Z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[a-zA-Z0-9!#$%&'*+\-/=?^_`{|}~]+)*", // grok: {1,64} and {0,63}
        ["EMAILADDRESS"] = "%{EMAILLOCALPART}@%{HOSTNAME}",
        ["HOSTPORT"] = "%{IPORHOST}:%{POSINT}",
        ["QUOTEDSTRING"] = @"(?:""(?:\\.|[^\\""])*""|'(?:\\.|[^\\'])*'|`(?:\\.|[^\\`])*`)", // grok: atomic, and (?<!\\) before
        ["QS"] = "%{QUOTEDSTRING}",
        ["UUID"] = "[A-Fa-f0-9]{8}-(?:[A-Fa-f0-9]{4}-){3}[A-Fa-f0-9]{12}",
        ["PATH"] = "(?:%{UNIXPATH}|%{WINPATH})",
        ["UNIXPATH"] = @"(?:/(?:[\w_%!$@:.,+~-]+|\\.)*)+",
        ["WINPATH"] = @"(?:[A-Za-z]+:|\\)(?:\\[^\\?*]*)+", // grok: the drive or share part is atomic
        ["URIPROTO"] = "[A-Za-z][A-Za-z0-9+\\-.]+",
        ["URIHOST"] = "%{IPORHOST}(?::%{POSINT:port})?",
        ["URI"] = "%{URIPROTO}://(?:%{USER}(?::[^@]*)?@)?(?:%{URIHOST})?(?:%{URIPATHPARAM})?",
        ["MONTH"] = "(?:[Jj]an(?:uary|uar)?|[Ff]eb(?:ruary|ruar)?|[Mm](?:a|\u00e4)?r(?:ch|z)?|[Aa]pr(?:il)?|[Mm]a(?:y|i)?|[Jj]un(?:e|i)?"
            + "|[Jj]ul(?:y|i)?|[Aa]ug(?:ust)?|[Ss]ep(?:tember)?|[Oo](?:c|k)?t(?:ober)?|[Nn]ov(?:ember)?|[Dd]e(?:c|z)(?:ember)?)",
        ["MONTHNUM"] = "(?:0?[1-9]|1[0-2])",
        ["MONTHNUM2"] = "(?:0[1-9]|1[0-2])",
        ["MONTHDAY"] = "(?:(?:0[1-9])|(?:[12][0-9])|(?:3[01])|[1-9])",
        ["DAY"] = "(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)",
        ["YEAR"] = "[0-9][0-9](?:[0-9][0-9])?", // grok: (?>\d\d){1,2}, atomic: four digits are never cut to two
        ["HOUR"] = "(?:2[0123]|[01]?[0-9])",
        ["MINUTE"] = "(?:[0-5][0-9])",
        ["SECOND"] = "(?:(?:[0-5]?[0-9]|60)(?:[:.,][0-9]+)?)",
        ["TIME"] = "%{HOUR}:%{MINUTE}(?::%{SECOND})", // grok: not followed by a digit (?![0-9])
        ["DATE_US"] = "%{MONTHNUM}[/-]%{MONTHDAY}[/-]%{YEAR}",
        ["DATE_EU"] = "%{MONTHDAY}[./-]%{MONTHNUM}[./-]%{YEAR}",
        ["ISO8601_TIMEZONE"] = "(?:Z|[+-]%{HOUR}(?::?%{MINUTE}))",
        ["ISO8601_SECOND"] = "%{SECOND}",
        ["TIMESTAMP_ISO8601"] = "%{YEAR}-%{MONTHNUM}-%{MONTHDAY}[T ]%{HOUR}:?%{MINUTE}(?::?%{SECOND})?%{ISO8601_TIMEZONE}?",
        ["DATE"] = "%{DATE_US}|%{DATE_EU}",
        ["DATESTAMP"] = "%{DATE}[- ]%{TIME}",
        ["TZ"] = "(?:[APMCE][SD]T|UTC)",
        ["DATESTAMP_RFC822"] = "%{DAY} %{MONTH} %{MONTHDAY} %{YEAR} %{TIME} %{TZ}",
        ["DATESTAMP_RFC2822"] = "%{DAY}, %{MONTHDAY} %{MONTH} %{YEAR} %{TIME} %{ISO8601_TIMEZONE}",
        ["DATESTAMP_OTHER"] = "%{DAY} %{MONTH} %{MONTHDAY} %{TIME} %{TZ} %{YEAR}",
        ["DATESTAMP_EVENTLOG"] = "%{YEAR}%{MONTHNUM2}%{MONTHDAY}%{HOUR}%{MINUTE}%{SECOND}",
        ["SYSLOGTIMESTAMP"] = "%{MONTH} +%{MONTHDAY} %{TIME}",
        ["PROG"] = @"[!-Z\\^-~]+", // grok: [\x21-\x5a\x5c\x5e-\x7e]+
        ["SYSLOGPROG"] = @"%{PROG:program}(?:\[%{POSINT:pid}\])?",
        ["SYSLOGHOST"] = "%{IPORHOST}",
        ["SYSLOGFACILITY"] = "<%{NONNEGINT:facility}.%{NONNEGINT:priority}>",
        ["HTTPDATE"] = "%{MONTHDAY}/%{MONTH}/%{YEAR}:%{TIME} %{INT}",
        ["LOGLEVEL"] = "(?:[Aa]lert|ALERT|[Tt]race|TRACE|[Dd]ebug|DEBUG|[Nn]otice|NOTICE|[Ii]nfo?(?:rmation)?|INFO?(?:RMATION)?"
            + "|[Ww]arn?(?:ing)?|WARN?(?:ING)?|[Ee]rr?(?:or)?|ERR?(?:OR)?|[Cc]rit?(?:ical)?|CRIT?(?:ICAL)?|[Ff]atal|FATAL|[Ss]evere|SEVERE"
            + "|EMERG(?:ENCY)?|[Ee]merg(?:ency)?)",

        // patterns/legacy/httpd and haproxy.
        ["HTTPDUSER"] = "%{EMAILADDRESS}|%{USER}",
        ["HTTPDERROR_DATE"] = "%{DAY} %{MONTH} %{MONTHDAY} %{TIME} %{YEAR}",
        ["HAPROXYTIME"] = "%{HOUR:haproxy_hour}:%{MINUTE:haproxy_minute}(?::%{SECOND:haproxy_second})",
        ["HAPROXYDATE"] = "%{MONTHDAY:haproxy_monthday}/%{MONTH:haproxy_month}/%{YEAR:haproxy_year}:%{HAPROXYTIME:haproxy_time}"
            + ".%{INT:haproxy_milliseconds}",

        // patterns/legacy/firewalls (Cisco ASA).
        ["CISCO_ACTION"] = "Built|Teardown|Deny|Denied|denied|requested|permitted|denied by ACL|discarded|est-allowed|Dropping|created|deleted",
        ["CISCO_REASON"] = "Duplicate TCP SYN|Failed to locate egress interface|Invalid transport field|No matching connection|DNS Response"
            + "|DNS Query|(?:%{WORD}\\s*)*",
        ["CISCO_DIRECTION"] = "Inbound|inbound|Outbound|outbound",
        ["CISCO_INTERVAL"] = "first hit|%{INT}-second interval",
        ["CISCO_XLATE_TYPE"] = "static|dynamic",
    };

    public static string KnownNames()
    {
        var names = new List<string>(Tokens.Keys);
        names.AddRange(Definitions.Keys);
        names.Sort(System.StringComparer.Ordinal);
        return string.Join(", ", names);
    }
}
