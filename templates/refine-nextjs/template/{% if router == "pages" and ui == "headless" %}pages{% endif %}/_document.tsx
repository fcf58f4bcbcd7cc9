import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { colorModeFromCookies, type ColorMode } from "@/lib/color-mode";

type Props = DocumentInitialProps & { colorMode: ColorMode };

/** `<html data-theme>` from the color-mode cookie: the server HTML is already in the remembered mode. */
export default class AppDocument extends Document<Props> {
  static override async getInitialProps(context: DocumentContext): Promise<Props> {
    const initialProps = await Document.getInitialProps(context);
    return { ...initialProps, colorMode: colorModeFromCookies(context.req?.headers.cookie) };
  }

  override render() {
    return (
      <Html lang="en" data-theme={this.props.colorMode}>
        <Head>
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        </Head>
        <body>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
