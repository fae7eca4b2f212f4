<?php
/**
 * The blocks, one per kind of widget (opicescr/map, opicescr/timeline, …), from the block.json
 * files the build writes into blocks/<kind>/. Their saved markup is the widget's mount with its
 * fallback (see editor/blocks.js); on the page it is kept as saved, with the site's status file
 * added when an admin chose one, and the script asked for. In the editor the same script draws
 * the widgets, so the preview is the widget itself.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

const OPICESCR_WIDGETS_EDITOR_SCRIPT = 'opicescr-widgets-editor';

/**
 * Registers the editor script (shared by every block) and the blocks.
 */
function opicescr_widgets_register_blocks() {
	wp_register_script(
		OPICESCR_WIDGETS_EDITOR_SCRIPT,
		plugins_url( 'editor/blocks.js', OPICESCR_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		OPICESCR_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( OPICESCR_WIDGETS_EDITOR_SCRIPT, 'opicescr-widgets', plugin_dir_path( OPICESCR_WIDGETS_FILE ) . 'languages' );
	$table = opicescr_widgets_table();
	wp_add_inline_script(
		OPICESCR_WIDGETS_EDITOR_SCRIPT,
		'window.opicescrWidgets = ' . wp_json_encode(
			array(
				'kinds'     => $table['kinds'],
				'fallbacks' => $table['fallbacks'],
				'statusUrl' => opicescr_widgets_status_url(),
			)
		) . ';',
		'before'
	);
	foreach ( array_keys( $table['kinds'] ) as $kind ) {
		register_block_type( plugin_dir_path( OPICESCR_WIDGETS_FILE ) . 'blocks/' . $kind );
	}
}

/**
 * The kind of widget a block draws, or null for blocks that are not ours.
 *
 * @param string|null $block_name A block's name, such as "opicescr/map".
 * @return string|null
 */
function opicescr_widgets_block_kind( $block_name ) {
	if ( ! is_string( $block_name ) || 0 !== strpos( $block_name, 'opicescr/' ) ) {
		return null;
	}
	$kind = substr( $block_name, strlen( 'opicescr/' ) );
	return isset( opicescr_widgets_kinds()[ $kind ] ) ? $kind : null;
}

/**
 * On the page: asks for the script when one of our blocks is rendered, and points its mount at
 * the site's status file when an admin chose one (a `data-src` already saved in the block wins).
 *
 * @param string $content The block's saved markup.
 * @param array  $block   The parsed block.
 * @return string
 */
function opicescr_widgets_render_block( $content, $block ) {
	if ( null === opicescr_widgets_block_kind( $block['blockName'] ?? null ) ) {
		return $content;
	}
	opicescr_widgets_enqueue_script();
	$status_url = opicescr_widgets_status_url();
	if ( '' === $status_url ) {
		return $content;
	}
	// The saved markup starts with the mount's own tag (see editor/blocks.js, save()).
	return preg_replace_callback(
		'/^(\s*<div\b)([^>]*)>/',
		function ( $tag ) use ( $status_url ) {
			if ( false === strpos( $tag[2], 'data-opicescr=' ) || preg_match( '/\sdata-src\s*=/i', $tag[2] ) ) {
				return $tag[0];
			}
			// Encoded as the mounts of includes/mount.php are: entities too, so the page reads the URL as set.
			return $tag[1] . $tag[2] . ' data-src="' . htmlspecialchars( $status_url, ENT_QUOTES | ENT_HTML5, 'UTF-8', true ) . '">';
		},
		$content,
		1
	);
}

/**
 * In the block editor (its iframe on current releases, the editor page on 6.1): the widgets'
 * script, so each block's preview is the widget itself.
 */
function opicescr_widgets_enqueue_editor_preview() {
	if ( is_admin() ) {
		opicescr_widgets_enqueue_script();
	}
}
