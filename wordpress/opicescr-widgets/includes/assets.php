<?php
/**
 * The widgets' script: registered on every request, enqueued only when a page holds a widget (a
 * block or a shortcode is rendered), once, deferred, from the plugin's own folder with the
 * plugin's version for cache busting. Its data files sit beside it (dist/ and data/ are
 * siblings), so by default it makes no request to any other host; only the status file setting, or
 * a shortcode's `src` or `geometry`, can point it elsewhere.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

const OPICESCR_WIDGETS_SCRIPT = 'opicescr-widgets';

/**
 * Registers the widgets' script. WordPress 6.3 and later defer it themselves; on older releases
 * (Debian's 6.1) `defer` is added to the tag by opicescr_widgets_defer_tag().
 */
function opicescr_widgets_register_script() {
	$src = plugins_url( 'dist/opicescr.js', OPICESCR_WIDGETS_FILE );
	if ( opicescr_widgets_core_defers() ) {
		wp_register_script( OPICESCR_WIDGETS_SCRIPT, $src, array(), OPICESCR_WIDGETS_VERSION, array( 'strategy' => 'defer' ) );
	} else {
		wp_register_script( OPICESCR_WIDGETS_SCRIPT, $src, array(), OPICESCR_WIDGETS_VERSION, false );
		add_filter( 'script_loader_tag', 'opicescr_widgets_defer_tag', 10, 2 );
	}
}

/**
 * Whether this WordPress knows the `strategy` script argument (6.3 and later).
 *
 * @return bool
 */
function opicescr_widgets_core_defers() {
	return version_compare( get_bloginfo( 'version' ), '6.3', '>=' );
}

/**
 * Adds `defer` to the widgets' script tag on WordPress releases older than 6.3.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function opicescr_widgets_defer_tag( $tag, $handle ) {
	if ( OPICESCR_WIDGETS_SCRIPT !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' defer src=', $tag );
}

/**
 * Asks for the widgets' script on this page. WordPress prints an enqueued script once, in the head
 * when the content is rendered before it (block themes) or in the footer otherwise.
 */
function opicescr_widgets_enqueue_script() {
	wp_enqueue_script( OPICESCR_WIDGETS_SCRIPT );
}

/**
 * The status file the widgets read: the admin's choice (Settings), or '' for the bundled one.
 *
 * @return string
 */
function opicescr_widgets_status_url() {
	$url = get_option( OPICESCR_WIDGETS_STATUS_OPTION, '' );
	return is_string( $url ) && null !== opicescr_widgets_https_url( $url ) ? $url : '';
}
