import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { colorModeFromCookies, type ColorMode } from "@/lib/color-mode";

type Props = DocumentInitialProps & { colorMode: ColorMode };

/**
 * Renders `<html class="dark">` from the color-mode cookie of the request, so
 * the server HTML is already in the remembered mode (Tailwind's `dark:`
 * variant keys off that class). The CSS itself is a <link> Next adds.
 */
export default class AppDocument extends Document<Props> {
  static override async getInitialProps(context: DocumentContext): Promise<Props> {
    const initialProps = await Document.getInitialProps(context);
    return { ...initialProps, colorMode: colorModeFromCookies(context.req?.headers.cookie) };
  }

  override render() {
    return (
      <Html lang="en" className={this.props.colorMode === "dark" ? "dark" : undefined}>
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
