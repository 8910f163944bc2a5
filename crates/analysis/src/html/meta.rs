//! Page-level facts from the markup: title, author, publication date, language.

use crate::document::PageMarkup;

/// What the `<head>` and `<time>` elements said, collected while walking.
#[derive(Default)]
pub struct PageFacts {
    pub title_text: String,
    pub og_title: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub time: Option<String>,
    pub lang: Option<String>,
}

impl PageFacts {
    /// Takes one `<meta>` element.
    pub fn meta(
        &mut self,
        name: Option<String>,
        property: Option<String>,
        content: Option<String>,
    ) {
        let Some(content) = content
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
        else {
            return;
        };
        let key = name.or(property).unwrap_or_default().to_ascii_lowercase();
        let slot = match key.as_str() {
            "og:title" | "twitter:title" => &mut self.og_title,
            "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author" => {
                &mut self.author
            }
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "dc.date"
            | "publish-date"
            | "og:published_time"
            | "dcterms.date" => &mut self.published,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(content);
        }
    }

    pub fn into_markup(self) -> PageMarkup {
        let title_tag = collapse(&self.title_text);
        PageMarkup {
            title: self
                .og_title
                .map(|t| collapse(&t))
                .or((!title_tag.is_empty()).then_some(title_tag)),
            byline: self
                .author
                .filter(|a| !a.starts_with("http"))
                .map(|a| collapse(&a)),
            published: self.published.or(self.time),
            lang: self.lang,
        }
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn page_metadata() {
        let doc = crate::html::extract(
            "<html lang=de><head><title>Site | Headline</title>\
             <meta property=\"og:title\" content=\"Headline\">\
             <meta name=\"author\" content=\"Jana Novak\">\
             <meta property=\"article:published_time\" content=\"2024-03-14T09:00:00Z\">\
             </head><body><p>Text <time datetime=\"2024-03-15\">tomorrow</time>.</p></body></html>",
        );
        let m = doc.markup.unwrap();
        assert_eq!(m.title.as_deref(), Some("Headline"));
        assert_eq!(m.byline.as_deref(), Some("Jana Novak"));
        assert_eq!(m.published.as_deref(), Some("2024-03-14T09:00:00Z"));
        assert_eq!(m.lang.as_deref(), Some("de"));
    }
}
