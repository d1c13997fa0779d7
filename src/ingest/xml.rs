//! AFP XML: NewsML 1.2 (root `<NewsML>`, one document per `NewsItem`) and NewsML-G2
//! (`<newsItem>`, or a `<newsMessage>` holding several). The file is decoded by its
//! declared encoding (see `decode`), parsed with quick-xml into a small tree, and each
//! item's body paragraphs (`<p>`) become the document text, separated by blank lines.

use std::path::Path;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{dateline, reject, Rejected};
use crate::document::{Document, Source};

/// An element: local name (namespace prefix dropped), attributes by local name, children.
#[derive(Debug, Default)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    line: usize,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Every descendant element named `name`, in document order (not below a match).
    fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for e in self.elements() {
            if e.name == name {
                out.push(e);
            } else {
                e.find_all(name, out);
            }
        }
    }

    fn all(&self, name: &str) -> Vec<&Element> {
        let mut out = Vec::new();
        self.find_all(name, &mut out);
        out
    }

    fn first(&self, name: &str) -> Option<&Element> {
        self.elements().find_map(|e| {
            if e.name == name {
                Some(e)
            } else {
                e.first(name)
            }
        })
    }

    /// A path of child names below this element, searched at any depth for the first
    /// step: `first_path(&["NewsManagement", "FirstCreated"])`.
    fn first_path(&self, path: &[&str]) -> Option<&Element> {
        let mut e = self.first(path[0])?;
        for step in &path[1..] {
            e = e.elements().find(|c| c.name == *step)?;
        }
        Some(e)
    }

    /// All text below, runs of XML white space collapsed to one space, trimmed; `<br>` is
    /// a space.
    fn text(&self) -> String {
        let mut raw = String::new();
        self.collect_text(&mut raw);
        // XML white space only: no-break spaces are French typography, kept as they are.
        raw.split([' ', '\t', '\n', '\r'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn collect_text(&self, out: &mut String) {
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) if e.name == "br" => out.push(' '),
                Node::Element(e) => e.collect_text(out),
            }
        }
    }
}

/// Entities that XHTML bodies use without declaring them; any other is kept as written.
fn entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "apos" => "'",
        "quot" => "\"",
        "nbsp" => "\u{a0}",
        "laquo" => "«",
        "raquo" => "»",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "hellip" => "…",
        "ndash" => "–",
        "mdash" => "—",
        "euro" => "€",
        _ => return None,
    })
}

/// Deeper nesting is refused: the tree is walked recursively, and no news item needs it.
const MAX_DEPTH: usize = 256;

fn line_at(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset)
}

/// Parses the whole file into a tree; any ill-formedness is an error with its line.
fn parse_tree(text: &str) -> Result<Element, String> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let new_element = |e: &quick_xml::events::BytesStart, line: usize| -> Result<Element, String> {
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|err| format!("bad attribute: {err}"))?;
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| format!("bad attribute value: {err}"))?;
            attrs.push((a.key.local_name().as_ref().to_string(), value.to_string()));
        }
        Ok(Element {
            name: e.local_name().as_ref().to_string(),
            attrs,
            children: Vec::new(),
            line,
        })
    };
    let push_text = |stack: &mut Vec<Element>, t: &str| {
        if let Some(top) = stack.last_mut() {
            match top.children.last_mut() {
                Some(Node::Text(prev)) => prev.push_str(t),
                _ => top.children.push(Node::Text(t.to_string())),
            }
        }
    };
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            let at = reader.error_position() as usize;
            format!("not well-formed XML (line {}): {e}", line_at(&starts, at))
        })?;
        match event {
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(format!(
                        "XML nested deeper than {MAX_DEPTH} elements (line {})",
                        line_at(&starts, pos)
                    ));
                }
                let el = new_element(&e, line_at(&starts, pos))?;
                if root.is_some() && stack.is_empty() {
                    return Err("not well-formed XML: content after the root element".into());
                }
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = new_element(&e, line_at(&starts, pos))?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::Element(el)),
                    None if root.is_none() => root = Some(el),
                    None => {
                        return Err("not well-formed XML: content after the root element".into())
                    }
                }
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or("not well-formed XML: unmatched end tag")?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::Element(el)),
                    None => root = Some(el),
                }
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => entity(&r)
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("&{};", &*r)),
                    Err(e) => return Err(format!("not well-formed XML: {e}")),
                };
                push_text(&mut stack, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "truncated XML: <{}> (line {}) is not closed",
            open.name, open.line
        ));
    }
    root.ok_or_else(|| "no XML element".to_string())
}

/// `20240710T125902Z`, `20240710`, `2024-07-10T12:59:02Z`, `2024-07-10` → `2024-07-10`.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        return Some(s[..10].to_string());
    }
    if digits(0..8) && (b.len() == 8 || b.get(8) == Some(&b'T')) {
        return Some(format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]));
    }
    None
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Body paragraphs below `container` elements, joined by blank lines; a container
/// without `<p>` gives its whole text.
fn body(item: &Element, container: &str) -> String {
    let mut paras = Vec::new();
    for c in item.all(container) {
        let ps = c.all("p");
        if ps.is_empty() {
            paras.push(c.text());
        } else {
            paras.extend(ps.iter().map(|p| p.text()));
        }
    }
    paras.retain(|p| !p.is_empty());
    paras.join("\n\n")
}

/// What one news item gives before it becomes a document.
struct Item {
    id: Option<String>,
    headline: Option<String>,
    dateline: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    text: String,
    line: usize,
}

fn newsml_items(root: &Element) -> Vec<Item> {
    let envelope_date = root
        .first_path(&["NewsEnvelope", "DateAndTime"])
        .and_then(|e| iso_date(&e.text()));
    root.all("NewsItem")
        .into_iter()
        .map(|item| {
            let ident = item.first("NewsIdentifier");
            let id = ident
                .and_then(|i| i.first("PublicIdentifier"))
                .or_else(|| ident.and_then(|i| i.first("NewsItemId")))
                .map(Element::text)
                .and_then(non_empty);
            let date = item
                .first_path(&["NewsManagement", "FirstCreated"])
                .and_then(|e| iso_date(&e.text()))
                .or_else(|| {
                    ident
                        .and_then(|i| i.first("DateId"))
                        .and_then(|e| iso_date(&e.text()))
                })
                .or_else(|| envelope_date.clone());
            let lang = item
                .first_path(&["DescriptiveMetadata", "Language"])
                .and_then(|l| l.attr("FormalName"))
                .map(str::to_string);
            Item {
                id,
                headline: item
                    .first("HeadLine")
                    .map(Element::text)
                    .and_then(non_empty),
                dateline: item
                    .first("DateLine")
                    .map(Element::text)
                    .and_then(non_empty),
                date,
                lang,
                text: body(item, "DataContent"),
                line: item.line,
            }
        })
        .collect()
}

fn g2_items(root: &Element) -> Vec<Item> {
    let items = if root.name == "newsItem" {
        vec![root]
    } else {
        root.all("newsItem")
    };
    items
        .into_iter()
        .map(|item| {
            let meta = item.first("itemMeta");
            let content = item.first("contentMeta");
            let date = ["firstCreated", "versionCreated"]
                .iter()
                .find_map(|n| {
                    meta.and_then(|m| m.first(n))
                        .and_then(|e| iso_date(&e.text()))
                })
                .or_else(|| {
                    content
                        .and_then(|c| c.first("contentCreated"))
                        .and_then(|e| iso_date(&e.text()))
                });
            let lang = content
                .and_then(|c| c.first("language"))
                .and_then(|l| l.attr("tag"))
                .or_else(|| item.attr("lang"))
                .map(str::to_string);
            let mut text = body(item, "inlineXML");
            if text.is_empty() {
                text = body(item, "inlineData");
            }
            Item {
                id: item.attr("guid").map(str::to_string).and_then(non_empty),
                headline: content
                    .and_then(|c| c.first("headline"))
                    .map(Element::text)
                    .and_then(non_empty),
                dateline: content
                    .and_then(|c| c.first("dateline"))
                    .map(Element::text)
                    .and_then(non_empty),
                date,
                lang,
                text,
                line: item.line,
            }
        })
        .collect()
}

/// Reads a decoded XML file. Returns the documents (datelines not yet held out) and
/// rejections, and the format name (`newsml-1.2` or `newsml-g2`) when recognised.
pub fn read_xml(path: &Path, text: &str) -> (Vec<Document>, Vec<Rejected>, Option<&'static str>) {
    let root = match parse_tree(text) {
        Ok(r) => r,
        Err(e) => return (vec![], vec![reject(path, None, e)], None),
    };
    let (format, items) = match root.name.as_str() {
        "NewsML" => ("newsml-1.2", newsml_items(&root)),
        "newsItem" | "newsMessage" => ("newsml-g2", g2_items(&root)),
        other => {
            let r = reject(
                path,
                None,
                format!("XML root <{other}> is neither NewsML 1.2 (<NewsML>) nor NewsML-G2 (<newsItem>)"),
            );
            return (vec![], vec![r], None);
        }
    };
    if items.is_empty() {
        return (
            vec![],
            vec![reject(path, None, "no news item in the file")],
            Some(format),
        );
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let several = items.len() > 1;
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if item.text.is_empty() {
            let what = item
                .id
                .map_or_else(|| format!("item {}", i + 1), |id| format!("item {id}"));
            rejected.push(reject(
                path,
                Some(item.line),
                format!("{what}: no body text (<p>)"),
            ));
            continue;
        }
        let id = item.id.unwrap_or_else(|| {
            if several {
                format!("{stem}-{}", i + 1)
            } else {
                stem.clone()
            }
        });
        let mut doc = Document::new(id, item.text);
        doc.headline = item.headline;
        doc.lang = item.lang;
        doc.date = item.date;
        if let Some(d) = item.dateline.as_deref().and_then(dateline::parse) {
            doc.place = Some(d.place);
            if doc.date.is_none() {
                doc.date = d.date;
            }
        }
        doc.source = Source {
            path: path.to_path_buf(),
            line: Some(item.line),
        };
        docs.push(doc);
    }
    (docs, rejected, Some(format))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWSML: &str = r#"<?xml version="1.0" encoding="iso-8859-1"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20240710T130000Z</DateAndTime></NewsEnvelope>
  <NewsItem>
    <Identification>
      <NewsIdentifier>
        <ProviderId>afp.com</ProviderId>
        <DateId>20240710</DateId>
        <NewsItemId>TX-PAR-ABC12</NewsItemId>
        <PublicIdentifier>urn:newsml:afp.com:20240710:TX-PAR-ABC12:1</PublicIdentifier>
      </NewsIdentifier>
    </Identification>
    <NewsManagement><FirstCreated>20240709T125902Z</FirstCreated></NewsManagement>
    <NewsComponent>
      <NewsLines>
        <HeadLine>Le Parlement &amp; la Commission</HeadLine>
        <DateLine>Strasbourg, 10 juil 2024 (AFP)</DateLine>
      </NewsLines>
      <DescriptiveMetadata><Language FormalName="fr"/></DescriptiveMetadata>
      <ContentItem>
        <DataContent>
          <p>Le Parlement européen a
             adopté mercredi un texte.</p>
          <p>&#171;&#160;C'est un pas&#160;&#187;, a dit un élu.</p>
        </DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>
"#;

    #[test]
    fn newsml_1_2() {
        let (docs, rej, fmt) = read_xml(Path::new("a.xml"), NEWSML);
        assert!(rej.is_empty(), "{rej:?}");
        assert_eq!(fmt, Some("newsml-1.2"));
        let d = &docs[0];
        assert_eq!(d.id, "urn:newsml:afp.com:20240710:TX-PAR-ABC12:1");
        assert_eq!(d.headline.as_deref(), Some("Le Parlement & la Commission"));
        assert_eq!(d.lang.as_deref(), Some("fr"));
        assert_eq!(d.date.as_deref(), Some("2024-07-09"));
        assert_eq!(d.place.as_deref(), Some("Strasbourg"));
        assert_eq!(
            d.text,
            "Le Parlement européen a adopté mercredi un texte.\n\n«\u{a0}C'est un pas\u{a0}», a dit un élu."
        );
        assert_eq!(d.source.line, Some(4));
    }

    #[test]
    fn newsml_g2() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:afp.com:20240711:XYZ" version="1" xml:lang="en">
  <itemMeta><versionCreated>2024-07-11T10:00:00Z</versionCreated><firstCreated>2024-07-11T09:00:00+02:00</firstCreated></itemMeta>
  <contentMeta><headline>Titre</headline><language tag="fr"/></contentMeta>
  <contentSet><inlineXML contentType="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body><p>LIMA, 11 juil 2024 (AFP) - Un.</p><p>Deux&nbsp;<em>mots</em>.</p></body></html>
  </inlineXML></contentSet>
</newsItem>"#;
        let (docs, rej, fmt) = read_xml(Path::new("b.xml"), xml);
        assert!(rej.is_empty(), "{rej:?}");
        assert_eq!(fmt, Some("newsml-g2"));
        let d = &docs[0];
        assert_eq!(d.id, "urn:newsml:afp.com:20240711:XYZ");
        assert_eq!(d.lang.as_deref(), Some("fr"));
        assert_eq!(d.date.as_deref(), Some("2024-07-11"));
        assert_eq!(d.headline.as_deref(), Some("Titre"));
        assert_eq!(d.text, "LIMA, 11 juil 2024 (AFP) - Un.\n\nDeux\u{a0}mots.");
    }

    #[test]
    fn bad_xml() {
        let cut = &NEWSML[..NEWSML.find("</DataContent>").unwrap()];
        let (d, r, _) = read_xml(Path::new("t.xml"), cut);
        assert!(d.is_empty());
        assert!(
            r[0].reason.starts_with("truncated XML: <DataContent>"),
            "{}",
            r[0].reason
        );
        let (_, r, _) = read_xml(Path::new("t.xml"), "<NewsML><a></b></NewsML>");
        assert!(
            r[0].reason.starts_with("not well-formed XML (line 1)"),
            "{}",
            r[0].reason
        );
        let (_, r, _) = read_xml(Path::new("t.xml"), "<rss><item/></rss>");
        assert!(r[0].reason.contains("neither NewsML"), "{}", r[0].reason);
        let (_, r, _) = read_xml(Path::new("t.xml"), "");
        assert_eq!(r[0].reason, "no XML element");
        let deep = format!("<NewsML>{}", "<a>".repeat(100_000));
        let (_, r, _) = read_xml(Path::new("t.xml"), &deep);
        assert!(
            r[0].reason.starts_with("XML nested deeper"),
            "{}",
            r[0].reason
        );
        let (_, r, _) = read_xml(
            Path::new("t.xml"),
            "<newsItem guid=\"g\"><contentSet/></newsItem>",
        );
        assert_eq!(r[0].reason, "item g: no body text (<p>)");
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("20240710T125902Z").as_deref(), Some("2024-07-10"));
        assert_eq!(iso_date("20240710").as_deref(), Some("2024-07-10"));
        assert_eq!(
            iso_date("2024-07-10T12:59:02Z").as_deref(),
            Some("2024-07-10")
        );
        assert_eq!(iso_date("juillet"), None);
    }
}
