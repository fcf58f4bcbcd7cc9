import {
  documentGetInitialProps,
  DocumentHeadTags,
  type DocumentHeadTagsProps,
} from "@mui/material-nextjs/v16-pagesRouter";
import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentProps } from "next/document";

/** Puts the emotion styles of MUI's components into the server HTML, so pages render styled before any script runs. */
export default class AppDocument extends Document<DocumentHeadTagsProps> {
  static override async getInitialProps(context: DocumentContext) {
    return documentGetInitialProps(context);
  }

  override render() {
    const props = this.props as DocumentProps & DocumentHeadTagsProps;
    return (
      <Html lang="en">
        <Head>
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <DocumentHeadTags {...props} />
        </Head>
        <body>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
